## Sección 0: la visión de conjunto.

lede =
    Un modelo de lenguaje escribe un token cada vez. En cada paso convierte un vector largo de
    características en una puntuación para cada palabra que conoce, convierte esas puntuaciones en
    probabilidades y, o bien elige una palabra, o bien, mientras se entrena, mide cuánto se ha
    equivocado. Recórrelo paso a paso.

## El recorrido por la cadena de pasos.
step-transformer = Trans­former
step-hidden = Estado oculto
step-logits = Logits
step-softmax = Softmax
step-sample = Muestrear o puntuar
step-gradient = Gradiente
pipeline-label = La cadena de pasos, del transformer al gradiente
explained-in = Se explica en
section-link = { $number }. { $title }

transformer-title = 1. Los bloques del transformer leen el texto de entrada
transformer-text =
    El texto de entrada “El gato se sentó en la” se divide en tokens. Decenas de bloques transformer
    mezclan información entre posiciones mediante la atención, que es a su vez una softmax.
transformer-example = Entrada: <q>El gato se sentó en la</q> → ¿siguiente token?

hidden-title = 2. Un estado oculto para la última posición
hidden-text =
    Lo que el modelo sabe sobre “lo que viene después” cabe en un solo vector de unos { $size }
    números para la última posición.
hidden-note = (valores aleatorios como ilustración; { $size } en total)

logits-title = 3. Una capa lineal da un logit por token
logits-text =
    Al multiplicar h por una matriz de pesos se obtiene una puntuación, un logit, para cada entrada
    del vocabulario: unas { $vocab }. Los logits pueden ser cualquier número real. La zona de
    pruebas se queda solo con { $count }:
logits-chart = Logits: una puntuación por token

softmax-title = 4. La softmax convierte los logits en probabilidades
softmax-text =
    Se eleva e a cada logit y se divide entre el total: cada valor queda entre 0 y 1, y todos suman
    1.
softmax-chart = Probabilidades después de la softmax

sample-title = 5. Muestrear un token o puntuar el verdadero
sample-text =
    Cuando el modelo escribe, extrae un token al azar con estas probabilidades. Cuando aprende, se
    conoce el verdadero token siguiente y la pérdida es el logaritmo negativo de la probabilidad que
    le dio.
sample-drawn = Extraído con la semilla { $seed }: <strong>{ $token }</strong>
sample-loss = Si el token verdadero es <strong>{ $token }</strong>: pérdida = −ln { $probability } = <strong>{ $loss }</strong> nats
sample-chart = Probabilidades; el token extraído está resaltado

gradient-title = 6. El gradiente fluye hacia atrás
gradient-text =
    El gradiente de la pérdida respecto a cada logit es simplemente p − y: la probabilidad menos 1
    para el token verdadero y menos 0 para los demás. Fluye hacia atrás por la capa lineal y por
    cada bloque, y ajusta un poco todos los pesos.
gradient-chart = Gradiente p − y; el token verdadero está resaltado

## Predice primero: la pregunta (la tarjeta dice el resto: predict.ftl).
predict-step = ¿Qué paso de la cadena convierte las puntuaciones del modelo en probabilidades?

## Lecturas recomendadas, al final de la visión de conjunto.
references-title = Para saber más
ref-after-who = { ", " }
ref-after-title = { ". " }
ref-vaswani-who = Vaswani et al., 2017
ref-vaswani-what =
    El Transformer, construido sobre la atención de producto escalar escalado: la softmax de
    QK⊤ / √d_k con una máscara causal (sección 7).
ref-holtzman-who = Holtzman et al., 2020
ref-holtzman-what =
    El muestreo de núcleo (top-p): quedarse con el conjunto más pequeño de tokens cuya probabilidad
    alcanza p (sección 2).
ref-nguyen-who = Nguyen et al., 2025
ref-nguyen-what =
    El muestreo min-p: quedarse con los tokens que tienen al menos una fracción fija de la
    probabilidad del más probable, un listón que sigue la confianza del modelo (sección 2).
ref-hinton-who = Hinton, Vinyals y Dean, 2015
ref-hinton-what =
    Softmax con temperatura para suavizar las salidas de un modelo grande y convertirlas en
    objetivos de los que aprende uno pequeño, con el T² que mantiene igual el empuje de la pérdida
    (sección 3).
ref-szegedy-who = Szegedy et al., 2016
ref-szegedy-what =
    Suavizado de etiquetas: entrenar contra (1 − ε) one-hot + ε/K para que el modelo deje de empujar
    sin fin el logit correcto (sección 3).
ref-goodfellow-who = Goodfellow, Bengio y Courville, 2016
ref-goodfellow-what =
    El libro de referencia sobre las salidas softmax, la entropía cruzada, el descenso de gradiente y
    cómo calcularlos sin desbordamiento (secciones 1, 3, 4 y 6).
