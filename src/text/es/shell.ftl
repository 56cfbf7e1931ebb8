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
token-fallback = token { $number }
word-separator = { ", " }
value-nats = { $value } nats

## Lo que rechazó la plataforma de aprendizaje (solo en el paquete SCORM).
default-tokens = gato,perro,pájaro,pez

## El menú de idiomas, en la cabecera.
language-label = Idioma

## Los conjuntos de tokens de ejemplo.
example-support-tokens = reembolsar,reenviar,escalar
example-sentence-tokens = alfombra,silla,cama,ventana,luna
spare-tokens = sombrero,sofá,caja,árbol,coche,alfombra,cama,sol,taza,mesa,silla,techo
frame-sentence = El gato se sentó en la { $token }.
frame-any = El siguiente token: { $token }
