## Lo que la compilación escribe en la propia página; la lección nunca lo descarga.
-brand = Softmax Lab

loading = Cargando los deslizadores y los gráficos…
text-load-failed = No se pudo cargar el texto de la lección. Comprueba la conexión y vuelve a cargar la página.
no-script =
    Los deslizadores, los gráficos y las preguntas de esta lección necesitan JavaScript y
    WebAssembly: actívalos para usarla.
app-title = { -brand }: softmax, temperatura, top-p y entropía cruzada
app-description =
    Una lección interactiva sobre softmax, temperatura, muestreo top-p y la pérdida de entropía
    cruzada: arrastra los logits y observa cómo se mueven las probabilidades, las muestras y la
    pérdida.
app-short-description = Una lección interactiva sobre softmax, temperatura, muestreo top-p y la pérdida de entropía cruzada.
