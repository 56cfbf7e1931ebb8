## Sección 9: ponte a prueba.

lede =
    Preguntas breves sobre cada sección de la lección, de la softmax y el muestreo a los
    gradientes, el entrenamiento, la estabilidad, la atención y los errores frecuentes, con números
    nuevos cada vez que pides preguntas nuevas. Resuélvelas en papel, con una calculadora o con los
    deslizadores de las secciones anteriores. Acierta 6 de las 8 para aprobar y dar la lección por
    completada.

## La puntuación, bajo la última pregunta (y arriba en cuanto hay algo respondido).

score =
    { $right } de { $answered } { $answered ->
        [one] respuesta correcta
       *[other] respuestas correctas
    } ({ $total } preguntas en total).
score-passed =
    { $right } de { $answered } { $answered ->
        [one] respuesta correcta
       *[other] respuestas correctas
    } ({ $total } preguntas en total). Has aprobado: la lección queda marcada como completada.
score-not-yet =
    { $right } de { $answered } { $answered ->
        [one] respuesta correcta
       *[other] respuestas correctas
    } ({ $total } preguntas en total). Todavía no has aprobado: prueba con preguntas nuevas.
best-score = Ya aprobaste esta prueba, con un { $percent } % de aciertos. Prueba con preguntas nuevas cuando quieras.
new-questions = Preguntas nuevas

## Una pregunta.

question-number = Pregunta { $number } de { $total } · { $section }
your-answer = Tu respuesta
check = Comprobar
feedback-right = ✓ Correcto. { $reason }
feedback-wrong = ✗ No del todo. Respuesta correcta: { $solution }. { $reason }
feedback-pick = Elige primero una de las respuestas.
feedback-type = Escribe un número, como { $example } o { $negative }.

## Los tres tokens que puntúan las preguntas. Las preguntas los nombran en su texto
## (“Los logits de los tokens gato, perro y pájaro son …”): tradúcelos igual aquí y allí.

token-cat = gato
token-dog = perro
token-bird = pájaro

## Preguntas sobre la sección 1, la softmax. Con la coma decimal, los números de una lista se
## separan con punto y coma.

softmax-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }. ¿Qué
    probabilidad da la softmax al token { $token }? Basta con dos decimales.
softmax-reason =
    e^z vale { $e-cat }; { $e-dog } y { $e-bird }, que suman { $sum }. Por tanto, { $token }
    recibe { $e-token } / { $sum } = { $probability }.

shift-prompt =
    Los logits { $z1 }; { $z2 } y { $z3 } aumentan todos en { $shift }. ¿Qué les pasa a las
    probabilidades?
shift-option-same = Se quedan exactamente igual
shift-option-up = Suben todas
shift-option-uniform = Se acercan a una distribución uniforme
shift-option-sharper = La mayor crece y las demás disminuyen
shift-reason =
    e^(z + { $shift }) = e^{ $shift } · e^z: el mismo factor multiplica cada término y también su
    suma, así que se cancela. Antes: { $p1 }; { $p2 } y { $p3 }. Después: { $q1 }; { $q2 } y
    { $q3 }.

## Preguntas sobre la sección 2, temperatura y muestreo.

temperature-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }. Con
    temperatura T = { $t }, ¿qué probabilidad recibe el token gato? Basta con dos decimales.
temperature-reason-sharpens =
    Primero divide los logits entre T: { $scaled-cat }; { $scaled-dog } y { $scaled-bird }. La
    softmax de estos valores da a gato { $probability }, frente a { $probability-at-1 } con
    T = 1: una temperatura por debajo de 1 concentra la distribución.
temperature-reason-flattens =
    Primero divide los logits entre T: { $scaled-cat }; { $scaled-dog } y { $scaled-bird }. La
    softmax de estos valores da a gato { $probability }, frente a { $probability-at-1 } con
    T = 1: una temperatura por encima de 1 aplana la distribución.

placement-prompt = Un muestreador usa la temperatura T = { $t }. ¿En qué punto de la cadena de pasos actúa T?
placement-option-logits = Divide los logits, antes de la softmax
placement-option-probabilities = Divide las probabilidades, después de la softmax
placement-option-added = Se suma a cada logit
placement-option-loss = Solo cambia la pérdida
placement-reason =
    Dividir las probabilidades { $p1 }; { $p2 } y { $p3 } entre T y volver a normalizar da otra
    vez { $again1 }; { $again2 } y { $again3 }: no cambia nada. T tiene que dividir los logits,
    donde sí cambia las diferencias entre ellos.

top-p-prompt =
    Cinco tokens tienen probabilidades { $p1 }; { $p2 }; { $p3 }; { $p4 } y { $p5 }. ¿Cuántos
    tokens conserva top-p con p = { $top-p }?
top-p-reason =
    Las sumas acumuladas son { $totals }: la primera que alcanza { $top-p } es la número
    { $kept }, y el token que cruza el umbral se conserva.
# Entre dos números de la lista de top-p-reason: punto y coma, porque los números llevan coma
# decimal (entre comillas para conservar el espacio).
top-p-totals-separator = { "; " }

min-p-prompt =
    Cinco tokens tienen probabilidades { $p1 }; { $p2 }; { $p3 }; { $p4 } y { $p5 }. ¿Cuántos
    tokens conserva min-p con min_p = { $min-p }?
min-p-reason =
    El listón de min-p, una fracción de la probabilidad del token más probable, es
    { $min-p } × { $p1 } = { $bar }; { $kept ->
        [one] se conserva el único token que lo iguala o lo supera.
       *[other] se conservan los { $kept } tokens que lo igualan o lo superan.
    }

## Preguntas sobre la sección 3, entropía cruzada.

loss-prompt =
    En “El gato se sentó”, el modelo da a la palabra correcta, “sentó”, una probabilidad de
    { $p }. ¿Cuál es la pérdida de entropía cruzada, en nats? Basta con dos decimales.
loss-reason =
    La pérdida es −ln p = −ln { $p } = { $loss } nats. Solo vale 0 cuando p = 1, y crece sin
    límite a medida que p baja hacia 0.

perplexity-prompt =
    En una frase, la entropía cruzada media es de { $loss } nats por token. ¿Cuál es la
    perplejidad? Basta con un decimal.
perplexity-reason =
    Perplejidad = e^(pérdida media) = e^{ $loss } = { $perplexity }: el modelo duda tanto como si
    eligiera al azar, con la misma probabilidad, entre { $words ->
        [1] apenas 1 palabra
       *[other] unas { $words } palabras
    }.

ranking-prompt =
    Tres modelos predicen la palabra siguiente. ¿Qué predicción tiene la mayor pérdida de entropía
    cruzada?
ranking-option-wrong = Probabilidad { $on-wrong } en una palabra incorrecta y { $on-correct } en la correcta
ranking-option-sure = Probabilidad { $on-correct } en la palabra correcta
ranking-option-even = Probabilidad 1/{ $words } en cada una de { $words } palabras, entre ellas la correcta
ranking-option-same = Las tres tienen la misma pérdida
ranking-reason =
    La pérdida es −ln p de la palabra correcta: −ln { $sure } = { $loss-sure }; −ln(1/{ $words }) =
    { $loss-even } y −ln { $wrong } = { $loss-wrong } nats. Estar muy seguro y equivocarse es lo
    que más cuesta.

smoothing-prompt =
    Un clasificador de { $classes } clases se entrena con suavizado de etiquetas ε = { $epsilon },
    tal como lo hace label_smoothing de PyTorch. ¿Qué probabilidad objetivo recibe la clase
    correcta? Basta con dos decimales.
smoothing-reason =
    Cada clase recibe ε/K = { $epsilon }/{ $classes } = { $share }, y la correcta recibe además
    1 − ε: 1 − { $epsilon } + { $share } = { $target }. La pérdida frente a este objetivo nunca
    puede llegar a 0.

distillation-prompt =
    Un profesor da a dos palabras incorrectas, “perro” y “pájaro”, los logits { $z-dog } y
    { $z-bird }. En sus objetivos suaves con temperatura de destilación T = { $t }, ¿cuántas veces
    es “perro” más probable que “pájaro”? Basta con dos decimales.
distillation-reason =
    El cociente de dos probabilidades de la softmax solo depende de la diferencia entre sus logits:
    e^(({ $z-dog } − { $z-bird })/{ $t }) = { $ratio }, cuando con T = 1 era
    e^({ $z-dog } − { $z-bird }) = { $ratio-at-1 }. Una T más alta acerca entre sí las
    probabilidades de las palabras incorrectas, así que el alumno ve cómo las ordena el profesor.

## Preguntas sobre la sección 4, gradientes.

gradient-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }, y la
    palabra correcta es { $correct }. ¿Cuál es el gradiente de la pérdida de entropía cruzada
    respecto al logit de { $asked }? Basta con dos decimales.
gradient-reason =
    La softmax da { $p-cat } a gato, { $p-dog } a perro y { $p-bird } a pájaro. El gradiente es
    p − y, con y = 1 para { $correct } y 0 para las demás: para { $asked } es { $p } − { $y } =
    { $gradient }.

step-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }, y la
    palabra correcta es { $correct }. Un paso de descenso de gradiente resta lr · (p − y) a cada
    logit. ¿Qué logit baja más?
step-option-logit = El logit de { $token }
step-option-none = Ninguno: todos los logits suben
step-reason =
    p − y vale { $g-cat } para gato, { $g-dog } para perro y { $g-bird } para pájaro. Solo el de
    { $correct } es negativo, así que solo su logit sube; los demás bajan en proporción a su
    probabilidad, de modo que la palabra incorrecta más probable, { $falls }, es la que más baja.

## Preguntas sobre la sección 5, el bucle de entrenamiento.

answer-prompt =
    Un ejemplo de entrenamiento tiene un prompt de dos palabras y una respuesta de tres. Las
    pérdidas en sus cinco posiciones son { $l1 } y { $l2 } (el prompt), y luego { $l3 }; { $l4 } y
    { $l5 } (la respuesta). El ajuste fino solo cuenta la respuesta: ¿qué pérdida da el ejemplo?
    Basta con dos decimales.
answer-reason =
    Solo cuentan las posiciones de la respuesta: ({ $l3 } + { $l4 } + { $l5 }) / 3 = { $mean }.
    Contar todas las posiciones daría { $mean-all }, y además el modelo aprendería a escribir
    prompts.

overfit-prompt =
    Mientras un modelo se entrena, su pérdida de entrenamiento no deja de bajar. Su pérdida de
    validación fue mínima en el paso { $best-step } ({ $best-loss } nats) y desde entonces ha
    subido, hasta { $loss-now } nats en el paso { $step-now }. ¿Qué está pasando?
overfit-option-overfitting = Sobreajuste: se está aprendiendo de memoria sus frases de entrenamiento
overfit-option-learning-rate = La tasa de aprendizaje es demasiado pequeña para avanzar
overfit-option-underfitting = Subajuste: el modelo es demasiado pequeño para los datos
overfit-option-leak = El modelo tiene que haberse entrenado con el conjunto de validación
overfit-reason =
    Una pérdida de entrenamiento que baja mientras la de validación sube es sobreajuste: el modelo
    se ajusta a lo que es peculiar de su texto de entrenamiento, y eso no se traslada a otros
    textos. Detén el entrenamiento cerca del paso { $best-step }, o dale más datos.

## Preguntas sobre la sección 6, estabilidad numérica.

overflow-prompt =
    Una softmax ingenua calcula e^z de cada logit en aritmética { $precision }. ¿Cuál de estos
    logits es el único cuyo e^z se desborda a infinito?
overflow-reason =
    e^z se desborda en cuanto z supera { $limit } (el ln del mayor número que cabe en
    { $precision }), así que solo se desborda con z = { $z }. La softmax estable resta primero el
    logit mayor, así que cada exponencial que calcula vale como mucho e^0 = 1.

logsumexp-prompt =
    Los logits son { $z1 }; { $z2 } y { $z3 }. ¿Cuál es su log-sum-exp,
    ln(e^z₁ + e^z₂ + e^z₃)? Basta con dos decimales.
logsumexp-reason-f64 =
    Saca primero el mayor: { $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } +
    ln { $sum } = { $lse }. Calcular e^{ $largest-whole } directamente desbordaría incluso en f64.
logsumexp-reason-f32 =
    Saca primero el mayor: { $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } +
    ln { $sum } = { $lse }. Calcular e^{ $largest-whole } directamente cabe en f64, pero
    desbordaría en f32.

## Preguntas sobre la sección 7, softmax en la atención.

scaled-prompt =
    Una puntuación de atención bruta q · k vale { $score }, y los vectores de consulta y de clave
    tienen d_k = { $dk } componentes. ¿Qué puntuación ve la softmax una vez escalada? Basta con
    dos decimales.
scaled-reason =
    Los productos escalares de vectores aleatorios tienen una dispersión del orden de
    √d_k = { $root }, así que la atención divide entre ese valor: { $score } / { $root } =
    { $scaled }. Sin escalar, puntuaciones tan grandes llevarían cada fila de la softmax a una
    sola palabra.

leak-prompt =
    En un decodificador, la puntuación de la primera palabra para sí misma (ya escalada) es
    { $score }. Por un error, las puntuaciones de las cuatro palabras que la siguen pasan a 0 en
    lugar de −∞. ¿Qué fracción de su atención se filtra hacia esas palabras futuras? Basta con dos
    decimales.
leak-reason =
    Cada puntuación futura de 0 sigue contando e^0 = 1 en la softmax. La fila tiene
    e^{ $score } = { $exp } para la propia palabra y 4 × 1 para el futuro, así que el futuro se
    lleva 4 / ({ $exp } + 4) = { $leak }. Con −∞, e^−∞ = 0 y no se filtra nada.

## Preguntas sobre la sección 8, errores frecuentes.

twice-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }, y la
    palabra correcta es { $correct }. Por un error, se aplica la softmax y las probabilidades pasan
    a una pérdida que vuelve a aplicar la softmax. ¿Qué pérdida se obtiene? Basta con dos decimales.
twice-reason =
    La primera softmax da { $p-cat }; { $p-dog } y { $p-bird }. Al estar entre 0 y 1, quedan muy
    juntas, así que la segunda softmax es casi plana y da a { $correct } { $p-again }: la pérdida
    es −ln { $p-again } = { $loss } nats, frente a { $right-loss }, la pérdida correcta.

sigmoid-prompt =
    Una foto puede mostrar un gato y un perro a la vez. Los logits del modelo para las etiquetas
    gato y perro son { $z-cat } y { $z-dog }. ¿Qué salida dice cómo de probable es cada etiqueta?
sigmoid-option-sigmoid =
    Una sigmoide por etiqueta, cada una por su cuenta: gato { $sigmoid-cat } y perro
    { $sigmoid-dog }
sigmoid-option-softmax = Una sola softmax sobre las dos etiquetas: gato { $p-cat } y perro { $p-dog }
sigmoid-option-logits = Los propios logits: gato { $z-cat } y perro { $z-dog }
sigmoid-option-temperature =
    Una sola softmax a una temperatura más alta, para repartir la probabilidad de forma más
    equilibrada
sigmoid-reason =
    La softmax reparte una unidad de probabilidad entre las etiquetas, así que no puede decir que
    las dos sean probables ({ $p-cat } + { $p-dog } = 1), a ninguna temperatura, y los logits ni
    siquiera son probabilidades. Las sigmoides independientes 1 / (1 + e^−z) responden por
    separado a cada pregunta de sí o no: { $sigmoid-cat } y { $sigmoid-dog }.
