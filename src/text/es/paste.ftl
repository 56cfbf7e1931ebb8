## El cuadro para pegar: “Pegar la salida de un modelo”, plegado bajo la zona de pruebas de las
## secciones de softmax y de muestreo. Lee la respuesta de un modelo (JSON de una API, un flujo o
## líneas de texto) y lleva una de sus posiciones a la zona de pruebas. Los nombres de productos
## (OpenAI, vLLM, Ollama, llama.cpp, Hugging Face TGI, Gemini) no se traducen; los parámetros y
## campos de las API llegan como variables, entre comillas como los pide la API: tal cual.

percent = { $value } %

## El cuadro.
box-label = La salida de tu modelo
box-hint =
    JSON con log-probabilidades de OpenAI (chat, completions o Responses), vLLM, Ollama,
    llama.cpp, Hugging Face TGI o Gemini, un flujo (streaming) de sus fragmentos, o líneas de
    “token logit”. Hasta 2 MB. El texto se queda en esta página: nunca va en el enlace (los tokens
    que uses sí, como siempre).
read = Leer
use = Usar en la zona de pruebas
example = Probar un ejemplo
reading = Leyendo…
read-first = Primero hay que leer algo: pega arriba la salida de un modelo y elige Leer.

## Cómo obtener log-probabilidades (plegado, bajo el cuadro): una lista de API, cada una con lo
## que hay que añadir a la petición.
how-to-ask = Cómo obtener log-probabilidades de tu API
ask-completions = { $logprobs } (o hasta 20)
ask-llama = { $n_probs }; añade { $post } para obtener las probabilidades después de sus muestreadores
ask-streams = Los flujos también sirven: pega todas las líneas “{ $data }”, o las líneas de Ollama, tal como llegaron.

## Lo que se leyó: la respuesta de un vistazo.
read-candidates =
    Se leyó como { $format }: { $count ->
        [one] { $count } candidato.
       *[other] { $count } candidatos.
    }
read-answer =
    Se leyó como { $format }: el texto generado tiene { $tokens ->
        [one] { $tokens } token
       *[other] { $tokens } tokens
    }, { $with } de ellos con su lista de alternativas.
summary-tokens = Tokens
summary-loss = Pérdida media por token
summary-perplexity = Perplejidad
unscored =
    { $unscored ->
        [one] { $unscored } de los { $tokens } tokens llegó sin su probabilidad
       *[other] { $unscored } de los { $tokens } tokens llegaron sin su probabilidad
    }; la pérdida y la perplejidad se calculan sobre { $scored ->
        [one] el otro.
       *[other] los otros { $scored }.
    }
perplexity-meaning =
    Una perplejidad de { $perplexity } significa que el modelo estuvo, de media, tan indeciso como
    si en cada paso eligiera al azar, con la misma probabilidad, entre { $perplexity } tokens.
least-confident = Tokens con menos confianza:{ " " }
strip-label = La respuesta, token a token: elige uno para ver las alternativas que el modelo listó en ese punto
token-quoted = “{ $token }”
token-probability = { $token }, { $probability }
token-no-probability = { $token }, sin probabilidad
legend-label = Probabilidad que el modelo dio a su token:{ " " }
band-90 = 90 % o más
band-50 = del 50 al 90 %
band-20 = del 20 al 50 %
band-0 = menos del 20 %
band-none = sin indicar
table-summary = La respuesta en forma de tabla
table-caption = Cada token de la respuesta con la probabilidad que le dio el modelo y su pérdida, −ln p
column-step = Paso
column-token = Token

## La posición elegida.
pasted-list = La lista pegada
step-heading = Paso { $step } de { $steps }: el modelo eligió { $token }
alternatives-caption = Los { $count } tokens más probables que aparecen aquí, tal como entran en la zona de pruebas
column-logit-ln-p = Logit: ln p
column-logit-playground = Logit en la zona de pruebas
column-p-among = p entre estos
mass-listed =
    Aquí el modelo dio a estos { $count } tokens el { $share } de su probabilidad; el { $rest }
    restante fue a tokens que la respuesta no lista. La zona de pruebas vuelve a repartir toda la
    probabilidad solo entre los listados, así que cada p de arriba es un poco mayor que la del
    modelo.
logits-as-given = Son logits tal cual: la zona de pruebas los pasa por la softmax.
candidates-listed = Se listaron { $listed } candidatos; la zona de pruebas se queda con los { $max } más probables.
use-step = Usar este paso en la zona de pruebas
step-none =
    Paso { $step }: aquí la respuesta lista menos de dos candidatos, así que no hay nada que
    comparar. Elige otro token.

## Lo que pasó al llevarlos a la zona de pruebas (después de Usar), una frase tras otra.
explain-read =
    Se leyó como { $format }: { $listed ->
        [one] { $listed } token
       *[other] { $listed } tokens
    } con número, { $kept } en la zona de pruebas.
explain-logits = Se usan como logits, tal cual: la softmax los convierte en probabilidades.
explain-too-much =
    Suman un { $mass } de probabilidad, más del 100 %, así que no pueden venir de una sola
    distribución; la zona de pruebas los usa como logits.
explain-logprobs =
    Son log-probabilidades: ln p = z − ln Σ eᶻ, cada logit menos el log-sum-exp sobre todo el
    vocabulario del modelo. Restar el mismo número a todos los logits no cambia la softmax, así que
    la softmax aplicada a ellas devuelve las probabilidades del propio modelo.
explain-probs =
    Son probabilidades, así que cada logit es ln p: la softmax de ln p devuelve p, dividida entre
    la suma de las p listadas.
explain-mass =
    Los { $kept } tokens de aquí tenían el { $share } de la probabilidad del modelo; el resto de su
    vocabulario, el { $rest }. La zona de pruebas renormaliza sobre los listados, que es lo que hace
    el muestreo top-k con k = { $kept }.
explain-kept = La zona de pruebas admite como mucho { $max } tokens, así que se quedó con los { $kept } más probables de { $listed }.
explain-dropped =
    { $count ->
        [one] Quedó fuera { $count } token
       *[other] Quedaron fuera { $count } tokens
    } sin un número finito (NaN, infinito o probabilidad 0).
explain-shifted =
    Los deslizadores van de { $min } a { $max }, así que todos los valores se movieron { $shift };
    la softmax no cambia cuando todos los logits se mueven la misma cantidad.
explain-raised =
    { $count ->
        [one] { $count } token seguía por debajo de { $floor } después de eso y se puso a { $floor }, así que su diminuta probabilidad creció un poco.
       *[other] { $count } tokens seguían por debajo de { $floor } después de eso y se pusieron a { $floor }, así que sus diminutas probabilidades crecieron un poco.
    }
explain-later =
    Todas las secciones siguientes (muestreo, pérdida, gradientes, errores frecuentes) trabajan
    ahora con estos tokens, y el enlace para compartir los lleva.

## Lo que hizo el lector además de leer (letra pequeña bajo la primera línea).
note-stream =
    Un flujo de { $count ->
        [one] { $count } fragmento
       *[other] { $count } fragmentos
    }, leído como una sola respuesta.
note-left-out =
    { $count ->
        [one] Se dejó fuera { $count } candidato listado
       *[other] Se dejaron fuera { $count } candidatos listados
    } con −9999: los servidores escriben eso para decir “no calculado”; no es una log-probabilidad.
note-cut =
    Solo se conservan las { $max } primeras posiciones; { $cut ->
        [one] se descartó { $cut } más.
       *[other] se descartaron { $cut } más.
    }

## Los formatos que lee el cuadro, tal como los nombra “Se leyó como…” ($format, arriba).
format-lines = líneas de token y logit
format-numbers = una lista de logits
format-json-object = un objeto JSON de logits
format-json-numbers = un array JSON de logits
format-json-top-logprobs = una lista JSON de log-probabilidades
format-openai-chat = una respuesta de chat compatible con OpenAI
format-openai-legacy = una respuesta de completions (la API antigua) compatible con OpenAI
format-llama-cpp = una respuesta de llama.cpp con log-probabilidades
format-llama-cpp-probs = una respuesta de llama.cpp con probabilidades
format-openai-responses = una respuesta de la API Responses de OpenAI
format-ollama = una respuesta de Ollama
format-tgi = una respuesta de Hugging Face TGI
format-gemini = una respuesta de Gemini

## Lo que falla en lo pegado (en rojo, bajo el cuadro).
too-large = Son { $size } MB de texto; la zona de pruebas lee como mucho { $max } MB.
empty = Primero pega algunos logits: por ejemplo, un “token 2.0” por línea.
only-comments = Solo hay comentarios y líneas en blanco: no se encontró ningún logit.
no-real-logprobs = Todas las posiciones listan menos de dos log-probabilidades reales (−9999 significa “no calculado”).
line-no-number = Línea { $line }: “{ $text }” no tiene ningún número detrás.
line-no-number-after = Línea { $line }: no hay ningún número después de “{ $text }”.
line-not-number = Línea { $line }: “{ $text }” no es un número.
line-too-large = Línea { $line }: “{ $text }” es demasiado grande para ser un logit.
json-ends-early = El JSON se acaba antes de tiempo, en el carácter { $at }: falta algo al final.
json-more-after = El JSON sigue después del final del valor JSON, en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-too-deep = El JSON anida más de { $depth } niveles de profundidad en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-unexpected = El JSON tiene un carácter inesperado en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-bad-number = El JSON tiene un número mal formado en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-needs-comma-array = El JSON necesita aquí una coma o ], en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-needs-comma-object = El JSON necesita aquí una coma o {"}"}, en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-needs-key = El JSON necesita aquí una clave entre comillas, en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-needs-colon = El JSON necesita aquí dos puntos después de la clave, en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-unknown-escape = El JSON tiene una secuencia de escape desconocida después de \ en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
json-bad-unicode = El JSON tiene una secuencia de escape \u incorrecta (se esperaban cuatro dígitos hexadecimales) en el carácter { $at } (línea { $line }, columna { $column }, '{ $found }').
stream-line = Línea { $line } del flujo: { $error }
stream-no-logprobs = Este flujo no tiene ningún fragmento con log-probabilidades: pídeselas al servidor (mira los formatos bajo el cuadro).
json-object-empty = Este objeto JSON está vacío.
json-object-not-number = En este objeto JSON, el valor de “{ $key }” no es un número.
json-array-empty = Este array JSON está vacío.
json-array-other = Este array JSON contiene algo que no son números ni pares { $pair }.
json-unknown =
    Este JSON no tiene ninguna de las formas que lee la zona de pruebas: un objeto de logits por
    token, un array de números o una respuesta con log-probabilidades (OpenAI chat, completions o
    Responses, llama.cpp, Ollama, Hugging Face TGI o Gemini).
no-logprobs = No hay { $field } en esta respuesta: pídelos con { $ask } y { $top }.
no-logprobs-gemini = No hay { $field } en esta respuesta: pídelo con { $ask } y { $top } en la configuración de generación.
no-top =
    No hay { $field } en esta respuesta: pídelos con { $chat } (chat, Responses, Ollama), { $legacy }
    (completions antiguas), { $llama } (llama.cpp), { $tgi } (TGI) o { $gemini } en la configuración
    de generación (Gemini).
one-token = Todas las posiciones listan un solo token; pide { $field } de 2 o más.
prob-out-of-range = Una probabilidad debe estar entre 0 y 1; “{ $token }” tiene { $value }.
too-few = La zona de pruebas necesita al menos { $min } tokens con un número finito; aquí hay { $listed }.
empty-token = (vacío)
