## Avisos sobre un enlace: qué ajuste no se pudo usar tal cual y qué usa la lección en su lugar.

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
param-query-scale = La escala de las consultas
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
param-old-version = Este enlace lo hizo otra versión de la lección; se leyó como versión 1.
param-unknown-language = Esta lección no tiene ningún idioma llamado “{ $value }”; se muestra en el idioma de tu navegador.

link-notices-title = Este enlace traía ajustes que la lección no pudo usar tal cual:
lms-notices-title = Tu plataforma de aprendizaje no registró todo:
dismiss = Cerrar

lms-missing = la plataforma no tiene { $call }
lms-failed = { $call } falló dentro de la plataforma
lms-refused = { $call }({ $value }) fue rechazado: { $text } (error { $code })
lms-invalid = { $element } = “{ $value }” no es SCORM 1.2; no se envió
