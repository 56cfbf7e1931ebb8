## Sección 8: errores frecuentes.

lede =
    Ninguno de estos errores da un mensaje de error: el código entrena y los números parecen
    números. Prueba cada uno con los logits de la zona de pruebas y mira lo que cuesta.

## La copia fija de un gráfico, en el móvil: su título.
pinned-temperature-after = Probabilidades con esta T, y con T = 1 (tenues)

summary = Pérdida correcta { $loss } nats; con la softmax aplicada dos veces, { $twice } nats.

## Encabezados que comparten las tablas de las tarjetas.
column-token = Token
column-logit = Logit
column-softmax = Softmax
row-sum = Suma

## Tarjeta: La softmax aplicada dos veces.
twice-title = La softmax aplicada dos veces
twice-text =
    Si un modelo que ya termina en softmax se pasa a una pérdida que aplica la softmax por su cuenta
    (la CrossEntropyLoss de PyTorch espera logits), la softmax se aplica dos veces. Nada se rompe.
    Elige la palabra correcta:
twice-table = Pérdida y gradiente con la softmax una vez y dos veces
column-measure = Medida
column-once = Softmax una vez (lo correcto)
column-twice = Softmax dos veces
row-loss = Pérdida (nats)
row-gradient = Gradiente en el logit correcto
twice-verdict =
    Si la pérdida recibe probabilidades en lugar de logits, marca { $loss-twice } en lugar de
    { $loss } nats, y el empuje sobre el logit correcto es { $grad-twice } en lugar de { $grad }:
    unas { $ratio } veces más débil. Las probabilidades están entre 0 y 1, así que una segunda
    softmax ve logits que apenas se diferencian y devuelve algo casi uniforme: con { $tokens } tokens
    la pérdida nunca puede bajar de ln(1 + { $others }/e) = { $floor } nats, por muy seguro que esté
    el modelo y por mucho que acierte.
twice-caption =
    Con qué fuerza tira cada versión del logit de la palabra correcta hacia arriba, a medida que ese
    logit cambia y los demás siguen fijos. Si se hace bien, el tirón solo se apaga cuando el modelo ya
    acierta; con la softmax dos veces es pequeño todo el tiempo.
twice-label = Tamaño del gradiente en el logit correcto, con la softmax aplicada una y dos veces, a medida que crece el logit correcto
twice-chart-table = El tirón sobre el logit correcto, una vez y dos veces
series-once = softmax una vez
series-twice = softmax dos veces
axis-right-logit = logit de la palabra correcta
axis-pull = tirón sobre el logit correcto
marker-now = ahora { $pull }
column-right-logit = Logit correcto
column-pull-once = Tirón, una vez
column-pull-twice = Tirón, dos veces

## Tarjeta: ¿Softmax o sigmoide?
sigmoid-title = ¿Softmax o sigmoide?
sigmoid-text =
    La softmax responde a “¿cuál?”: el siguiente token es exactamente uno. Cuando varias etiquetas
    pueden ser ciertas a la vez (una foto con un gato y un perro, un texto que es urgente y además
    trata de facturación), cada etiqueta necesita su propia probabilidad de sí o no: una sigmoide
    por logit, σ(z) = 1 / (1 + e^−z), entrenada con entropía cruzada binaria. Sube dos logits en la
    zona de pruebas y las dos sigmoides suben; la softmax los pone a competir.
sigmoid-table = Sigmoides y softmax de los mismos logits
column-sigmoid = Sigmoide, por separado
column-softmax-shared = Softmax, compartida
sigmoid-verdict =
    Leídas como preguntas independientes de sí o no, { $likely ->
        [one] 1 de las { $labels } etiquetas tiene
       *[other] { $likely } de las { $labels } etiquetas tienen
    } más probabilidad de sí que de no, y las sigmoides suman { $total }. La softmax no puede decir
    eso: sus probabilidades siempre suman exactamente 1.

## Tarjeta: Los logits no son probabilidades.
not-probs-title = Los logits no son probabilidades
not-probs-text =
    Un logit es una puntuación en escala logarítmica: solo las diferencias entre logits significan
    algo, y un logit de 2 no es “el doble de probable” que un logit de 1 (la softmax lo hace e ≈ 2,7
    veces más probable). Para obtener probabilidades hay que exponenciar y normalizar, que es
    justo lo que hace la softmax.
not-probs-table = Logits, logits entre su suma, y softmax
column-share = Logit / suma de los logits
not-probs-verdict = { $logits } { $share }
logits-fail = Leídos como probabilidades, estos logits no sirven: { $faults }.
logits-pass =
    Estos logits parecen probabilidades, pero es pura casualidad: suma 1 a cada uno y dejarán de
    parecerlo, mientras que la softmax da el mismo resultado.
share-fail = Dividirlos entre su suma tampoco sirve: { $faults }.
share-pass =
    Dividirlos entre su suma da aquí números que suman 1, pero no son las probabilidades del
    modelo: esa división ignora que los logits son log-odds (logaritmos de cocientes de
    probabilidades) y falla en cuanto uno es negativo.
fault-not-finite = algunos ni siquiera son números finitos
fault-negative =
    { $count ->
        [one] uno es negativo
       *[other] { $count } son negativos
    }
fault-above-one =
    { $count ->
        [one] uno es mayor que 1
       *[other] { $count } son mayores que 1
    }
fault-sum = suman { $sum }
fault-separator = {", "}

## Tarjeta: La temperatura va antes de la softmax.
temperature-title = La temperatura va antes de la softmax
temperature-text =
    La temperatura divide los logits, antes de la softmax. Aplicada después a las probabilidades
    (dividir cada una entre T y renormalizar) no hace nada; la versión que sí funciona después,
    elevar cada probabilidad a 1/T, equivale a dividir los logits.
t-before = Dividir los logits entre T, antes de la softmax
temperature-valuetext = temperatura { $t }
temperature-verdict-one =
    Con T = 1 ninguna de las dos formas cambia nada. Mueve la temperatura y mira si las barras se
    mueven.
temperature-verdict = Con T = { $t }, dividir los logits mueve las probabilidades hasta { $change }.
temperature-verdict-after =
    Con T = { $t }, dividir las probabilidades no las mueve en absoluto, porque al renormalizar se
    cancela el factor común 1/T. Dividir los logits las movería hasta { $change }.
temperature-caption =
    Barras sólidas: las probabilidades con T aplicada a las probabilidades después de la softmax o,
    con la casilla marcada, a los logits antes de ella. Barras tenues detrás: lo mismo con T = 1.
    Aplicada después de la softmax, las barras sólidas nunca se apartan de las tenues.
temperature-label = Gráfico de barras de las probabilidades con la temperatura aplicada y, tenues, con T = 1
temperature-table = La temperatura antes de la softmax y después
column-before = Logits divididos entre T, y después softmax
column-after = Softmax, y después p dividida entre T

## Predice primero: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-twice = Aplica la softmax dos veces a [2, 1, 0]. ¿Qué sale?
predict-after = Una “temperatura” que divide las probabilidades entre T y las renormaliza. ¿Qué cambia?
challenge-before = Haz que el deslizador de temperatura de esta tarjeta cambie el gráfico.
