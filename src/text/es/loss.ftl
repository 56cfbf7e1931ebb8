## Sección 3: entropía cruzada.

lede =
    Para entrenar hace falta un solo número que diga cuánto se equivocó una predicción. La entropía
    cruzada solo mira la probabilidad que el modelo dio a la palabra que de verdad vino después, y
    toma su logaritmo con el signo cambiado: estar seguro y acertar no cuesta casi nada; estar
    seguro y equivocarse cuesta mucho.

## La copia fija de un gráfico, en el móvil: su título.
pinned-smoothing = Objetivo y predicción
pinned-loss-curve = La pérdida −ln p
pinned-distillation = Objetivos suaves

formula = L es igual a menos el logaritmo natural de p del token correcto
formula-subscript = correcto

summary = Probabilidad { $probability }: pérdida { $loss } nats, perplejidad { $perplexity }.

## Unidades: una pérdida con su unidad, en lecturas y valores hablados (“0,105 nats”).
value-bits = { $value } bits

## Tarjeta: ¿Cómo de seguro estaba el modelo?
confidence-title = ¿Cómo de seguro estaba el modelo?
confidence-sentence = El gato se { $word }
confidence-word = sentó
confidence-slider = Probabilidad que el modelo dio a “{ $word }”
confidence-valuetext = probabilidad de { $word } { $probability }, pérdida { $loss }
confidence-bits = Medir en bits (logaritmo en base 2) en lugar de en nats
readout-loss = Pérdida −ln p
readout-perplexity = Perplejidad 1/p
axis-probability-correct = probabilidad de la palabra correcta
axis-loss-nats = pérdida (nats)
axis-loss-bits = pérdida (bits)
marker-loss = L = { $loss }
curve-terrible = ← pésimo
curve-perfect = perfecto →
column-loss-nats = Pérdida (nats)
column-perplexity = Perplejidad
confidence-caption =
    La pérdida −ln p: vale cero cuando el modelo está seguro y acierta, y crece sin límite a medida
    que p se hace más pequeña. El punto marca el valor que has elegido.
confidence-label = Curva de la pérdida frente a la probabilidad de la palabra correcta, con el valor actual marcado
confidence-table = Pérdida para algunas probabilidades de referencia

## Tarjeta: Frente a un objetivo one-hot
onehot-title = Frente a un objetivo one-hot
onehot-hint = Haz clic en la palabra que de verdad vino después. Su probabilidad es la única que lee la pérdida.
onehot-load-sentence = Usar cinco formas de terminar la frase
readout-onehot-loss = Pérdida
readout-onehot-perplexity = Perplejidad eᴸ
scenarios-label = Escenarios
scenarios-try = Escenarios:
scenario-confident-right = Seguro y acierta
scenario-uncertain = Inseguro
scenario-confident-wrong = Seguro y se equivoca
onehot-table = Predicción, objetivo y cada término de la suma
column-token = Token
row-sum = Suma

## Tarjeta: Cuando el objetivo no es one-hot (suavizado de etiquetas)
smoothing-title = Cuando el objetivo no es one-hot
smoothing-text =
    El suavizado de etiquetas entrena contra un objetivo más suave. Cada token recibe ε/K (con K
    tokens), y el correcto recibe además 1 − ε: <strong>y = (1 − ε) · one-hot + ε/K</strong>. En
    PyTorch, <code>{ $call }</code> hace exactamente esto; Szegedy et al. (2016) lo usaron para que
    un clasificador de imágenes no acabara confiando demasiado en sí mismo.
smoothing-slider = Suavizado de etiquetas ε (0 = one-hot)
smoothing-valuetext = suavizado de etiquetas { $smoothing }, pérdida { $loss }
readout-smoothing-loss = Pérdida −Σ y ln p
readout-smoothing-floor = Pérdida mínima posible (con p = y)
readout-smoothing-gap = Ventaja del logit correcto con esa pérdida mínima
gap-unlimited = ∞, sin límite
push-one-hot =
    p − y en “{ $word }” vale { $push }: con un objetivo one-hot es negativo prediga lo que prediga
    el modelo, así que cada paso vuelve a subir ese logit y la pérdida solo llega a 0 cuando p llega
    a 1.
push-negative =
    p − y en “{ $word }” vale { $push }: es negativo, así que un paso de entrenamiento todavía sube
    ese logit; deja de hacerlo cuando p alcanza y.
push-positive =
    p − y en “{ $word }” vale { $push }: es positivo: el modelo está más seguro de lo que permite el
    objetivo, y un paso baja ese logit.
push-zero =
    p − y en “{ $word }” vale { $push }: es cero: la predicción coincide con el objetivo, y el paso
    deja ese logit como está.
smoothing-floor =
    La pérdida ya no puede llegar a 0: su mínimo es la entropía de y, que se alcanza cuando p = y.
    Ahí el logit correcto le saca a cada uno de los demás ln(y<sub>correcto</sub> / y<sub>otro</sub>),
    una distancia finita, así que los logits dejan de crecer y el modelo se queda un poco inseguro a
    propósito.
column-target = Objetivo y
smoothing-caption =
    Barras: el objetivo suavizado y, con el token correcto resaltado. Barras tenues detrás: la p del
    modelo. La pérdida es mínima cuando coinciden.
smoothing-label = Gráfico de barras del objetivo suavizado para cada token, con las probabilidades del modelo como barras tenues detrás
smoothing-table = Suavizado de etiquetas: predicción, objetivo suavizado y cada término de la pérdida

## Tarjeta: Los objetivos suaves de un profesor (destilación)
distillation-title = Los objetivos suaves de un profesor
distillation-text =
    En la destilación, un modelo alumno pequeño aprende de las probabilidades de un profesor grande
    en lugar de etiquetas one-hot. Toma los logits de la zona de pruebas como los del profesor: los
    objetivos son <strong>qₜ = softmax(z / T)</strong>, los logits del alumno se dividen entre la
    misma T, y el alumno minimiza T² KL(qₜ ‖ pₜ).
distillation-slider = Temperatura de destilación T
distillation-valuetext = T { $t }, los demás tokens reciben { $share }
readout-distill-others = Parte de los demás tokens con T
readout-distill-loss = Pérdida del alumno T² KL(qₜ ‖ pₜ)
readout-distill-push = Mayor empuje sobre un logit del alumno
readout-distill-push-plain = Lo mismo sin el T²
dark-at-one =
    Con T = 1, el profesor da a “{ $top }” { $probability } y los demás se reparten { $rest }. Sube T
    y los demás reciben más: cuanto más suaves son los objetivos, de más tokens puede aprender el
    alumno.
dark-softened =
    Con T = 1, el profesor da a “{ $top }” { $probability } y los demás se reparten { $rest }. Con
    T = { $t } se reparten { $soft }, así que el alumno aprende también en qué orden los pone el
    profesor: { $ranking }. Ese orden de las respuestas incorrectas, que una etiqueta one-hot tira a
    la basura, es lo que Hinton y sus colegas llamaron conocimiento oscuro (dark knowledge).
dark-ranking-word = “{ $token }”
dark-ranking-before = { $earlier } antes que { $later }
distillation-factor =
    Aquí el alumno todavía no ha aprendido nada (todos sus logits valen 0). El gradiente de la KL
    por sí sola es (pₜ − qₜ) / T, y suavizar también multiplica pₜ − qₜ por aproximadamente 1/T, así
    que sin un factor el empuje se desvanecería como 1/T². Multiplicar la pérdida por T² mantiene el
    empuje más o menos igual de fuerte con cualquier T, de modo que la pérdida suave se puede
    mezclar con la normal sin tener que reajustar nada.
column-push-student = Empuje sobre el alumno T(p − q)
distillation-caption =
    Barras: los objetivos suaves con T, con el favorito del profesor resaltado. Barras tenues
    detrás: los mismos logits con T = 1.
distillation-label = Gráfico de barras de los objetivos suaves del profesor a la temperatura elegida, con las probabilidades para T = 1 como barras tenues detrás
distillation-table = Destilación: los objetivos suaves del profesor con T = 1 y con la T elegida

## Predice primero, y el reto: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-uniform = Un modelo que no sabe nada reparte su probabilidad por igual entre los 50.257 tokens de GPT‑2. ¿Cuál es su pérdida, en nats?
predict-drops = La probabilidad de la palabra correcta baja de 0,9 a 0,5, o de 0,1 a 0,01. ¿Qué caída cuesta más pérdida?
challenge-under = Baja la pérdida por debajo de 0,1 nats.
