## La estructura: lo que cada sección muestra a su alrededor.

-brand = Softmax Lab
brand = { -brand }

## Títulos de las secciones, en la navegación y como encabezados.
title-overview = La visión de conjunto
title-softmax = Logits y softmax
title-sampling = Temperatura y muestreo
title-loss = Entropía cruzada
title-gradients = Gradientes
title-training = El bucle de entrenamiento
title-stability = Estabilidad numérica
title-attention = Softmax en la atención
title-pitfalls = Errores frecuentes
title-quiz = Ponte a prueba

## La cabecera y la primera pantalla.
tagline = Softmax, temperatura, top-p y entropía cruzada, con las manos en la masa.
skip-to-lesson = Saltar a la lección
nav-label = Secciones de la lección
nav-previous = Anterior
nav-next = Siguiente
nav-where = { $number } / { $last } · { $title }
section-number = Sección { $number }
loading = Cargando los deslizadores y los gráficos…
text-load-failed = No se pudo cargar el texto de la lección. Comprueba la conexión y vuelve a cargar la página.
no-script =
    Los deslizadores, los gráficos y las preguntas de esta lección necesitan JavaScript y
    WebAssembly: actívalos para usarla. Aquí tienes de qué trata cada sección.

## Lectura en voz alta.
read-aloud-group = Leer la sección en voz alta
read-aloud = Leer en voz alta
read-pause = Pausa
read-stop = Detener

## Compartir / insertar.
share-button = Compartir / insertar

nav-previous-to = Anterior: { $title }
nav-next-to = Siguiente: { $title }
pager-label = Sección anterior y siguiente
pager-title = { $number }. { $title }

## La página alrededor de la sección.
open-full-lesson = Abrir la lección completa
footer =
    Softmax Lab funciona por completo en tu navegador: sin servidor, sin cookies, sin rastreo. Cada
    número de la página se calcula en directo.
section-missing = La sección “{ $title }” no forma parte de esta versión de la lección; se muestra la visión de conjunto.
section-text-failed = No se pudo cargar el texto de esta sección (¿sin conexión?). Vuelve a abrir la sección para reintentarlo.

## Piezas que usan todas las secciones.
show-numbers = Ver los números: { $caption }
pinned-hide = Ocultar esta copia
token-name = Nombre del token { $number }
token-logit = Logit de { $token }
token-remove = Quitar { $token }
token-remove-title = Quitar este token
token-valuetext = { $token }: logit { $logit }, probabilidad { $probability }
slider-box = { $label } (escribe un valor)
formula-softmax = p sub i es igual a e elevado a z sub i, dividido entre la suma para todo j de e elevado a z sub j
paste-open = Pegar la salida de un modelo
predict-first = Predice primero
challenge = Reto
predict-done = Hecho
predict-loading = Cargando la tarjeta…
predict-load-failed = No se pudo cargar la tarjeta. Revisa la conexión, ciérrala y vuelve a abrirla.
progress = { $done } de { $total } hechas
progress-clear = Borrar mi progreso
paste-loading = Cargando el cuadro para pegar…
paste-load-failed = No se pudo cargar el cuadro para pegar (¿sin conexión?). Ciérralo y ábrelo de nuevo para reintentarlo.
share-load-failed = Compartir / insertar: no se pudo cargar (¿sin conexión?). Inténtalo de nuevo.
preset-default = Valores de la lección
preset-equal = Todos iguales
preset-dominant = Uno dominante
preset-tied = Dos empatados
presets-label = Ajustes predefinidos
presets-try = Prueba:

## Los botones de un recorrido paso a paso.
step-done = (hecho)
step-back = Atrás
step-next = Siguiente
step-count = Paso { $step } de { $count }
step-then = Siguiente: { $number }. { $title }

## Avisos.
link-notices-title = Este enlace traía ajustes que la lección no pudo usar tal cual:
lms-notices-title = Tu plataforma de aprendizaje no registró todo:
dismiss = Cerrar
update-title = Hay una versión nueva de la lección.
update-text = Recarga para usarla; los deslizadores conservan sus valores, están en el enlace.
update-reload = Recargar
update-later = Más tarde
page-title = { $section } – { -brand }

## Mensajes de un cuadro numérico tras escribir un valor.
slider-clamped = Se mantiene entre { $min } y { $max }: queda en { $value }.
slider-not-number = “{ $text }” no es un número: escribe uno entre { $min } y { $max }.

## Controles compartidos.
temperature-label = Temperatura T
target-label = La palabra que vino después

## Avisos sobre un ajuste del enlace que no se pudo usar tal cual.
param-temperature = La temperatura
param-top-p = Top-p
param-min-p = Min-p
param-probability-of-correct-token = La probabilidad del token correcto
param-label-smoothing = El suavizado de etiquetas
param-distillation-temperature = La temperatura de destilación
param-learning-rate = La tasa de aprendizaje
param-finite-difference-step = El paso de la diferencia finita
param-offset = El desplazamiento
param-training-set-size = El tamaño del conjunto de entrenamiento
param-training-speed = La velocidad de entrenamiento
param-key-dimension-dk = La dimensión de las claves d_k
param-seed = La semilla
param-unknown-section = No hay ninguna sección llamada “{ $value }”; se muestra la visión de conjunto.
param-unknown-precision = No hay ninguna precisión llamada “{ $value }”; usa f64 o f32.
param-unknown-mask = No hay ninguna máscara llamada “{ $value }”; usa inf, zero o none.
param-unknown-theme = No hay ningún tema llamado “{ $value }”; usa light, dark o contrast.
param-changed = { $setting } va de { $min } a { $max }; { $value } se cambió a { $clamped }.
param-not-whole = { $setting } debe ser un número entero de { $min } a { $max }; se usa { $default }.
param-not-number = { $setting } debe ser un número, no “{ $value }”; se usa { $default }.
param-not-flag = { $key } admite 1 o 0, no “{ $value }”.
param-top-k-above = Top-k era { $value }, más que el máximo disponible ({ $max }); queda desactivado.
param-top-k-bad = Top-k debe ser un número entero de 0 (desactivado) a { $max }; queda desactivado.
param-target-bad = El token correcto debe ser un número de 0 a { $max }; se usa el primero.
param-hide-unknown = No hay ningún control llamado “{ $value }” que ocultar.
param-too-many-tokens = El enlace trae { $count } tokens; la lección se queda con los { $max } primeros.
param-names-cut = Los nombres de los tokens tienen como mucho { $max } caracteres; los más largos se acortaron.
param-names-markup = Los nombres de los tokens se muestran como texto, nunca como HTML.
param-too-few-tokens = La lección necesita al menos { $min } tokens; se usan los tokens por defecto.
param-logits-not-numbers =
    { $count ->
        [one] 1 logit del enlace no era un número; se puso a 0.
       *[other] { $count } logits del enlace no eran números; se pusieron a 0.
    }
param-logits-clamped =
    Los logits van de { $min } a { $max }; { $count ->
        [one] se recortó 1 valor.
       *[other] se recortaron { $count } valores.
    }
param-too-many-logits = El enlace trae { $count } logits; la lección se queda con los { $max } primeros.
param-too-few-logits = La lección necesita al menos { $min } logits; se usan los logits por defecto.
param-counts-differ = El enlace trae { $tokens } tokens pero { $logits } logits; los logits que faltan valen 0 y los que sobran se descartan.
token-fallback = token { $number }

## Título y descripción de la página.
app-title = { -brand }: softmax, temperatura, top-p y entropía cruzada
app-description =
    Una lección interactiva sobre softmax, temperatura, muestreo top-p y la pérdida de entropía
    cruzada: arrastra los logits y observa cómo se mueven las probabilidades, las muestras y la
    pérdida.
app-short-description = Una lección interactiva sobre softmax, temperatura, muestreo top-p y la pérdida de entropía cruzada.

## Lo que rechazó la plataforma de aprendizaje (solo en el paquete SCORM).
lms-missing = la plataforma no tiene { $call }
lms-failed = { $call } falló dentro de la plataforma
lms-refused = { $call }({ $value }) fue rechazado: { $text } (error { $code })
lms-invalid = { $element } = “{ $value }” no es SCORM 1.2; no se envió
param-old-version = Este enlace lo hizo otra versión de la lección; se leyó como versión 1.
param-unknown-language = Esta lección no tiene ningún idioma llamado “{ $value }”; se muestra en el idioma de tu navegador.
default-tokens = gato,perro,pájaro,pez

## El menú de idiomas, en la cabecera.
language-label = Idioma

## Los conjuntos de tokens de ejemplo.
example-support-tokens = reembolsar,reenviar,escalar
example-sentence-tokens = alfombra,silla,cama,ventana,luna
spare-tokens = sombrero,sofá,caja,árbol,coche,alfombra,cama,sol,taza,mesa,silla,techo
frame-sentence = El gato se sentó en la { $token }.
frame-any = El siguiente token: { $token }
