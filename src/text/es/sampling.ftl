## Sección 2: temperatura, top-k, top-p y muestreo.

lede =
    Un modelo no tiene por qué decir siempre su palabra favorita. Puede muestrear: elegir un token
    al azar, cada uno con su probabilidad. Primero, la temperatura da otra forma a las
    probabilidades; top-k y top-p recortan la cola de tokens improbables. Hugging Face y vLLM los
    aplican en este orden: dividir entre T, top-k, softmax, top-p, renormalizar, extraer.
formula = p sub i es igual a e elevado a z sub i entre T, dividido entre la suma para todo j de e elevado a z sub j entre T
summary = Tokens conservados: { $kept } de { $size }; entropía { $entropy } nats.

## La tarjeta de ajustes.
settings-title = Ajustes
pinned-sampling = La distribución de la que se muestrea
vocab-legend = Vocabulario
vocab-tokens = Estos { $count } tokens
vocab-real = Un vocabulario real ({ $size } tokens)
valuetext-greedy = temperatura { $temperature }, casi siempre el token más probable (voraz)
valuetext-sharper = temperatura { $temperature }, más concentrada que la distribución propia del modelo
valuetext-own = temperatura { $temperature }, la distribución propia del modelo
valuetext-flatter = temperatura { $temperature }, más plana: ganan los tokens raros
top-k-label = Top-k (0 = desactivado)
top-p-label = Top-p
min-p-label = Min-p (0 = desactivado)
valuetext-top-k-off = top-k desactivado, conserva todos los tokens
valuetext-top-k = top-k { $k }, conserva { $kept } de { $size } tokens
valuetext-top-p = top-p { $p }, conserva { $kept } de { $size } tokens
valuetext-min-p-off = min-p desactivado, conserva todos los tokens
valuetext-min-p = min-p { $m }, conserva { $kept } de { $size } tokens
settings-hint =
    Top-k 0, top-p 1 y min-p 0 desactivan esos filtros. Con T = 0,05 el token más probable se lleva
    prácticamente toda la probabilidad: el muestreo se convierte en decodificación voraz.
min-p-adapts =
    El listón de min-p es una fracción de la probabilidad del token más probable, así que sigue la
    confianza del modelo. Con un modelo seguro (el primer token { $sure-top }, otros diez con
    { $sure-last } cada uno), min-p { $min-p } conserva { $sure-min-p } de 11, mientras que top-p
    { $top-p } tiene que quedarse con { $sure-top-p } para reunir su masa de probabilidad. Con uno
    inseguro (el primer token { $unsure-top }, el último { $unsure-last }), min-p conserva
    { $unsure-min-p } y top-p, { $unsure-top-p }.
readout-entropy = Entropía
readout-entropy-value = { $entropy } nats
readout-bits = En bits
readout-bits-value = { $bits } bits
readout-choices = Opciones efectivas eᴴ
readout-kept = Tokens conservados
readout-kept-value = { $kept } de { $size }
examples-label = Ejemplos
examples-try = Ejemplos:
example-sentence = El gato se sentó en la …
edit-tokens = Editar los tokens y los logits

## La distribución de la que se muestrea (su gráfico, su tabla, la curva por posición).
distribution-title = La distribución de la que muestrea el modelo
distribution-caption =
    Barras sólidas: la distribución final, de más a menos probable. Barras tenues: T = 1.
    Rayadas ✕: eliminadas por top-k, top-p o min-p. Línea: la probabilidad acumulada que top-p compara con
    su umbral; la línea discontinua inferior es el listón de min-p, una fracción de la probabilidad
    del token más probable. Con el vocabulario real, las barras son las posiciones 1 a 20, y la
    última barra reúne todos los demás tokens.
distribution-label = Gráfico de barras de la distribución de muestreo tras la temperatura, top-k, top-p y min-p
distribution-table = La cadena de pasos, token a token
threshold-top-p = top-p { $p }
threshold-min-p = min-p { $m } × máx.
column-token = Token
column-p-base = p con T = 1
column-p-scaled = p con T
column-kept = Se conserva
column-sampled = p de muestreo
kept-yes = sí
kept-no = no ({ $filter })
vocab-token = token { $id }
vocab-other = uno de los otros { $count }
ranks-caption =
    La probabilidad de cada token frente a su posición (del más probable al menos probable), las dos
    en escala logarítmica: una larga cola de tokens raros. La marca señala dónde termina el núcleo.
ranks-label = Posición frente a probabilidad en ejes logarítmicos, con el final del núcleo marcado
ranks-table = Probabilidad por posición
series-at-t = con T
axis-rank = posición
axis-probability = probabilidad
nucleus-ends = fin del núcleo: { $count }
column-rank = Posición

## Extraer tokens.
draws-title = Extraer tokens
draw-buttons = Extraer tokens
draw-n =
    { $count ->
        [one] Extraer uno
       *[other] Extraer { $count }
    }
draw-clear = Borrar
draw-new-seed = Semilla nueva
readout-draws = Extracciones
readout-gap = Mayor diferencia con la p exacta
readout-noise = Diferencia típica 1/(2√n)
readout-seed = Semilla
draws-caption =
    Barras sólidas: la fracción de tus extracciones que cayó en cada token (la última, resaltada).
    Barras tenues: las probabilidades exactas. Cuantas más extracciones, más se acercan unas a otras.
draws-label = Histograma de las extracciones junto a las probabilidades exactas
draws-table = Extracciones por token
column-exact = p exacta
column-draws = Extracciones
column-share = Fracción
row-all = Total
draws-hint =
    Las extracciones salen de un generador con semilla: la misma semilla y los mismos ajustes dan
    siempre las mismas extracciones, así que un enlace compartido las reproduce. Si cambias un
    ajuste, los mismos números aleatorios pasan de nuevo por la nueva distribución.

## ¿Qué temperatura y cuándo?
uses-title = ¿Qué temperatura y cuándo?
uses-low-title = T baja (0,1 a 0,4): código, hechos, extracción de información
uses-low-text =
    Cuando solo una continuación es correcta, mantén al modelo en su mejor apuesta. Una errata en el
    nombre de una variable no es creatividad.
uses-high-title = T más alta (0,8 a 1,2): cuentos, lluvia de ideas
uses-high-text =
    Cuando valen muchas continuaciones, deja pasar las menos probables. Si te pasas, el texto
    acaba derivando hacia el sinsentido.
uses-set = Usar T = { $temperature }
uses-logits =
    La temperatura divide los <strong>logits</strong>, antes de la softmax; no escala las
    probabilidades después. Dividir entre T equivale a elevar cada probabilidad a la potencia 1/T y
    renormalizar: por eso el orden de los tokens nunca cambia, solo cuánto se separan unos de otros.

## Otras bibliotecas, otros órdenes.
orders-title = Otras bibliotecas, otros órdenes
orders-text =
    Todo lo anterior sigue el orden de Hugging Face transformers y vLLM. La cadena por defecto de
    llama.cpp elige los tokens que sobreviven a top-k, top-p y min-p a partir de la distribución con
    T = 1 y aplica la temperatura al final, así que una temperatura alta no puede dejar entrar más
    tokens. Además, muchas API activan top-k por defecto, a menudo con 40 o 50.
orders-compare = Compara los dos órdenes con los logits de la zona de pruebas
orders-table = Temperatura primero (Hugging Face) frente a temperatura al final (llama.cpp)
column-temperature-first = Temperatura primero
column-temperature-last = Temperatura al final
orders-differ =
    Aquí el orden importa: con la temperatura primero se { $first ->
        [one] conserva 1 token
       *[other] conservan { $first } tokens
    }; con la temperatura al final, { $last ->
        [one] 1
       *[other] { $last }
    }.
orders-shift = Los dos conservan los mismos { $count } tokens, pero sus probabilidades difieren hasta en { $diff }.
orders-same =
    Aquí los dos órdenes dan la misma distribución. Baja top-p y aleja la temperatura de 1 para ver
    cómo se separan.

## Predice primero, y el reto: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-cold = Baja la temperatura hacia 0,05. ¿Qué le pasa a p(gato)?
predict-min-p = Min-p en 0,1 y la temperatura subiendo de 0,5 a 2: ¿cuántos tokens se conservan?
challenge-three = Conserva exactamente 3 tokens usando solo top-p.
