## Sección 7: softmax en la atención.

lede =
    La softmax no es solo el último paso de un modelo de lenguaje. Dentro de cada capa de atención,
    cada palabra da una puntuación a todas las demás, y la softmax convierte cada fila de
    puntuaciones en pesos W que suman 1: cuánto del vector de valor V de cada palabra se mezcla en
    esta, W V.

## La copia fija de un gráfico, en el móvil: su título.
pinned-saturation = Mayor peso de cada fila frente a d_k

formula = los pesos W son iguales a la softmax de Q por K traspuesta dividido entre la raíz cuadrada de d sub k, más la máscara M
summary-scaled = d_k { $dk }, con escalado: el mayor peso de una fila vale de media { $max }; peso en palabras futuras: { $future }.
summary-not-scaled = d_k { $dk }, sin escalado: el mayor peso de una fila vale de media { $max }; peso en palabras futuras: { $future }.

## La frase de ejemplo cuyas palabras se atienden entre sí.
sentence-1 = Cada
sentence-2 = palabra
sentence-3 = mira
sentence-4 = las
sentence-5 = anteriores

## Tarjeta: los productos escalares crecen con d_k.
scores-title = Los productos escalares crecen con d_k
scores-text =
    Cada palabra tiene un vector de consulta q (lo que busca) y un vector de clave k (lo que
    ofrece), ambos con d_k números. La puntuación de la consulta i para la clave j es su producto
    escalar qᵢ · kⱼ: una suma de d_k productos. Aquí los vectores son aleatorios, con cada número
    extraído de una distribución normal estándar, así que cada puntuación es una suma de d_k
    términos aleatorios y su dispersión crece como √d_k.
dk-label = Dimensión de las claves d_k
dk-valuetext = d_k { $dk }, raíz cuadrada { $root }
scale-check = Dividir las puntuaciones entre √d_k antes de la softmax
query-label = Cada consulta multiplicada por
query-valuetext = consultas multiplicadas por { $scale }
vectors-label = Vectores
reroll = Nuevos vectores aleatorios
readout-spread = Dispersión de las puntuaciones brutas (media cuadrática)
readout-mean-max = Mayor peso de una fila, de media
scale-words-one =
    Las puntuaciones brutas tienen una media cuadrática de { $spread }, y la teoría espera
    aproximadamente { $expected }. Con d_k = 1, dividir entre √d_k no cambia nada.
scale-words-scaled =
    Las puntuaciones brutas tienen una media cuadrática de { $spread }, y la teoría espera
    aproximadamente { $expected }. Divididas entre √d_k vuelven a rondar { $unit } sea cual sea d_k, así
    que la softmax sigue siendo suave: el mayor peso de una fila vale de media { $max }, y
    { $saturated ->
        [0] ninguna de las { $rows } filas pone
        [one] { $saturated } de las { $rows } filas pone
       *[other] { $saturated } de las { $rows } filas ponen
    } más del 99 % en una sola palabra.
scale-words-unscaled =
    Las puntuaciones brutas tienen una media cuadrática de { $spread }, y la teoría espera
    aproximadamente { $expected }. Sin escalar, la softmax ve diferencias así de grandes, y las
    filas se saturan a medida que crece d_k: el mayor peso de una fila vale de media { $max }, y
    { $saturated ->
        [0] ninguna de las { $rows } filas pone
        [one] { $saturated } de las { $rows } filas pone
       *[other] { $saturated } de las { $rows } filas ponen
    } más del 99 % en una sola palabra. Una fila saturada se comporta como un argmax y apenas deja
    pasar gradiente hacia atrás, así que deja de aprender.
column-query-key = Consulta ↓ clave →
raw-table = Puntuaciones brutas q · k: las filas son consultas; las columnas, claves
saturation-caption =
    Cuánto se concentran las filas a medida que crece d_k: la media, sobre las cinco filas, del
    mayor peso de cada fila (1 significa que todas las filas lo ponen todo en una palabra; 0,2
    sería un reparto uniforme). Con la división entre √d_k (línea continua) se mantiene plana; sin
    escalar (línea discontinua) sube hacia 1.
saturation-label = Mayor peso de atención de cada fila frente a d_k, con y sin escalado
saturation-table = Mayor peso medio por fila según d_k
series-scaled = dividido entre √d_k
series-not-scaled = sin escalar
axis-dk = dimensión de las claves d_k
axis-largest-weight = mayor peso de una fila (media)
marker-not-scaled = d_k = { $dk }, sin escalar
column-scaled = Dividido entre √d_k
column-not-scaled = Sin escalar

## Tarjeta: la softmax, fila a fila.
weights-title = La softmax, fila a fila
weights-text =
    La softmax actúa a lo largo de cada fila: una consulta reparte una unidad de atención entre las
    claves. Un decodificador no debe mirar hacia delante, así que las puntuaciones de las palabras
    posteriores se enmascaran antes de la softmax.
mask-legend = Máscara causal
mask-neg-inf = Causal, −∞: las puntuaciones futuras pasan a −∞
mask-zero = Causal, 0: las puntuaciones futuras pasan a 0 (un error frecuente)
mask-none = Sin máscara: cada palabra ve todas las palabras
readout-future = Peso en las palabras futuras, todas las filas
readout-saturated = Filas con más del 99 % en una palabra
saturated-value = { $count } de { $total }
mask-words-neg-inf =
    Las puntuaciones futuras pasan a −∞, y e^−∞ = 0: cada palabra solo atiende a sí misma y a las
    palabras anteriores. Todos los pesos por encima de la diagonal valen exactamente 0, y lo que
    queda en cada fila sigue sumando 1. Así se impide que un decodificador como GPT lea la palabra
    que tiene que predecir.
mask-words-zero =
    Las puntuaciones futuras pasan a 0 en lugar de −∞. Pero e^0 = 1, así que el futuro sigue
    recibiendo peso: “{ $word }” dedica el { $first } % de su atención a palabras que aún no ha
    leído, y las { $rows } primeras filas dejan escapar hacia el futuro, de media, un { $leak } %.
    Solo −∞ oculta una palabra.
mask-words-none =
    Sin máscara: cada palabra atiende a todas, a las de antes y a las de después, como en un
    codificador tipo BERT. Un decodificador entrenado así podría copiar la palabra siguiente en
    lugar de aprender a predecirla.
heatmap-caption =
    Los pesos de atención: cada fila es una palabra como consulta, cada columna una palabra como
    clave, y cada fila suma 1. Las celdas más oscuras reciben más peso; las rayadas son las palabras
    futuras que toca la máscara.
heatmap-label = Mapa de calor de los pesos de atención: las filas son consultas y las columnas claves, con las celdas enmascaradas rayadas
heatmap-columns = clave: la palabra a la que se mira →
heatmap-rows = consulta ↓
weights-table = Pesos de atención: las filas son consultas; las columnas, claves
column-row-sum = Suma de la fila
seen-table = Las puntuaciones que ve la softmax: escaladas y después enmascaradas

## Tarjeta: dos softmax en un mismo modelo.
compare-title = Dos softmax en un mismo modelo
compare-text =
    La misma función hace dos trabajos distintos. Dentro de la atención mezcla información entre
    las palabras del contexto; a la salida convierte los logits en la distribución del token
    siguiente, la que las secciones anteriores muestreaban y puntuaban.
compare-caption = La softmax de la atención frente a la softmax de salida
column-aspect = Aspecto
column-attention = Softmax de la atención
column-output = Softmax de salida
compare-input = Entrada
compare-input-attention = Las puntuaciones q · k / √d_k de una consulta frente a cada clave
compare-input-output = Logits: el último estado oculto por la matriz de salida
compare-size = Tamaño
compare-size-attention = Aquí { $count }: uno por token del contexto, hasta la longitud del contexto
compare-size-output = { $vocab }: uno por token del vocabulario
compare-meaning = Significado
compare-meaning-attention = Cuánto aporta cada token a la nueva representación de este token
compare-meaning-output = Qué probabilidad tiene cada token de ser el siguiente
compare-temperature = Temperatura
compare-temperature-attention = Fija: 1/√d_k hace ese papel, elegido para que la dispersión de las puntuaciones ronde 1
compare-temperature-output = Se elige al muestrear: T divide los logits
compare-loss = Pérdida
compare-loss-attention = Ninguna propia: solo aprende de la pérdida a la salida
compare-loss-output = Entropía cruzada frente al verdadero token siguiente
compare-where = Dónde
compare-where-attention = Una fila por token de consulta, en cada cabeza de cada capa
compare-where-output = Una vez por posición, al final del todo del modelo

## Predice primero: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-unscaled = Sin el 1/√d_k, d_k crece de 4 a 256. ¿Qué les pasa a las filas de pesos?
predict-zero-mask = Puntuaciones [1, 2, 0, 0], las dos últimas enmascaradas con 0 en lugar de −∞. ¿Qué peso recibe cada palabra enmascarada?
challenge-uniform = Consigue que una fila de pesos de atención sea uniforme: que cada palabra que ve reciba el mismo peso.
