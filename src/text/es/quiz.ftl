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

shift-prompt =
    Los logits { $z1 }; { $z2 } y { $z3 } aumentan todos en { $shift }. ¿Qué les pasa a las
    probabilidades?
shift-option-same = Se quedan exactamente igual
shift-option-up = Suben todas
shift-option-uniform = Se acercan a una distribución uniforme
shift-option-sharper = La mayor crece y las demás disminuyen

## Preguntas sobre la sección 2, temperatura y muestreo.

temperature-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }. Con
    temperatura T = { $t }, ¿qué probabilidad recibe el token gato? Basta con dos decimales.

placement-prompt = Un muestreador usa la temperatura T = { $t }. ¿En qué punto de la cadena de pasos actúa T?
placement-option-logits = Divide los logits, antes de la softmax
placement-option-probabilities = Divide las probabilidades, después de la softmax
placement-option-added = Se suma a cada logit
placement-option-loss = Solo cambia la pérdida

top-p-prompt =
    Cinco tokens tienen probabilidades { $p1 }; { $p2 }; { $p3 }; { $p4 } y { $p5 }. ¿Cuántos
    tokens conserva top-p con p = { $top-p }?
# Entre dos números de la lista de top-p-reason: punto y coma, porque los números llevan coma
# decimal (entre comillas para conservar el espacio).
top-p-totals-separator = { "; " }

min-p-prompt =
    Cinco tokens tienen probabilidades { $p1 }; { $p2 }; { $p3 }; { $p4 } y { $p5 }. ¿Cuántos
    tokens conserva min-p con min_p = { $min-p }?

## Preguntas sobre la sección 3, entropía cruzada.

loss-prompt =
    En “El gato se sentó”, el modelo da a la palabra correcta, “sentó”, una probabilidad de
    { $p }. ¿Cuál es la pérdida de entropía cruzada, en nats? Basta con dos decimales.

perplexity-prompt =
    En una frase, la entropía cruzada media es de { $loss } nats por token. ¿Cuál es la
    perplejidad? Basta con un decimal.

ranking-prompt =
    Tres modelos predicen la palabra siguiente. ¿Qué predicción tiene la mayor pérdida de entropía
    cruzada?
ranking-option-wrong = Probabilidad { $on-wrong } en una palabra incorrecta y { $on-correct } en la correcta
ranking-option-sure = Probabilidad { $on-correct } en la palabra correcta
ranking-option-even = Probabilidad 1/{ $words } en cada una de { $words } palabras, entre ellas la correcta
ranking-option-same = Las tres tienen la misma pérdida

smoothing-prompt =
    Un clasificador de { $classes } clases se entrena con suavizado de etiquetas ε = { $epsilon },
    tal como lo hace label_smoothing de PyTorch. ¿Qué probabilidad objetivo recibe la clase
    correcta? Basta con dos decimales.

distillation-prompt =
    Un profesor da a dos palabras incorrectas, “perro” y “pájaro”, los logits { $z-dog } y
    { $z-bird }. En sus objetivos suaves con temperatura de destilación T = { $t }, ¿cuántas veces
    es “perro” más probable que “pájaro”? Basta con dos decimales.

## Preguntas sobre la sección 4, gradientes.

gradient-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }, y la
    palabra correcta es { $correct }. ¿Cuál es el gradiente de la pérdida de entropía cruzada
    respecto al logit de { $asked }? Basta con dos decimales.

step-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }, y la
    palabra correcta es { $correct }. Un paso de descenso de gradiente resta lr · (p − y) a cada
    logit. ¿Qué logit baja más?
step-option-logit = El logit de { $token }
step-option-none = Ninguno: todos los logits suben

## Preguntas sobre la sección 5, el bucle de entrenamiento.

answer-prompt =
    Un ejemplo de entrenamiento tiene un prompt de dos palabras y una respuesta de tres. Las
    pérdidas en sus cinco posiciones son { $l1 } y { $l2 } (el prompt), y luego { $l3 }; { $l4 } y
    { $l5 } (la respuesta). El ajuste fino solo cuenta la respuesta: ¿qué pérdida da el ejemplo?
    Basta con dos decimales.

overfit-prompt =
    Mientras un modelo se entrena, su pérdida de entrenamiento no deja de bajar. Su pérdida de
    validación fue mínima en el paso { $best-step } ({ $best-loss } nats) y desde entonces ha
    subido, hasta { $loss-now } nats en el paso { $step-now }. ¿Qué está pasando?
overfit-option-overfitting = Sobreajuste: se está aprendiendo de memoria sus frases de entrenamiento
overfit-option-learning-rate = La tasa de aprendizaje es demasiado pequeña para avanzar
overfit-option-underfitting = Subajuste: el modelo es demasiado pequeño para los datos
overfit-option-leak = El modelo tiene que haberse entrenado con el conjunto de validación

## Preguntas sobre la sección 6, estabilidad numérica.

overflow-prompt =
    Una softmax ingenua calcula e^z de cada logit en aritmética { $precision }. ¿Cuál de estos
    logits es el único cuyo e^z se desborda a infinito?

logsumexp-prompt =
    Los logits son { $z1 }; { $z2 } y { $z3 }. ¿Cuál es su log-sum-exp,
    ln(e^z₁ + e^z₂ + e^z₃)? Basta con dos decimales.

## Preguntas sobre la sección 7, softmax en la atención.

scaled-prompt =
    Una puntuación de atención bruta q · k vale { $score }, y los vectores de consulta y de clave
    tienen d_k = { $dk } componentes. ¿Qué puntuación ve la softmax una vez escalada? Basta con
    dos decimales.

leak-prompt =
    En un decodificador, la puntuación de la primera palabra para sí misma (ya escalada) es
    { $score }. Por un error, las puntuaciones de las cuatro palabras que la siguen pasan a 0 en
    lugar de −∞. ¿Qué fracción de su atención se filtra hacia esas palabras futuras? Basta con dos
    decimales.

## Preguntas sobre la sección 8, errores frecuentes.

twice-prompt =
    Los logits de los tokens gato, perro y pájaro son { $z-cat }; { $z-dog } y { $z-bird }, y la
    palabra correcta es { $correct }. Por un error, se aplica la softmax y las probabilidades pasan
    a una pérdida que vuelve a aplicar la softmax. ¿Qué pérdida se obtiene? Basta con dos decimales.

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
