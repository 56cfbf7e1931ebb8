## Sección: estabilidad numérica.

lede =
    Sobre el papel, a la softmax le da igual que todos los logits suban la misma cantidad. En un
    ordenador, no: e^z crece tan deprisa que un logit de unos pocos cientos ya supera lo que cabe en
    un float. El remedio es una sola resta, y todas las bibliotecas la hacen.

## La copia fija de un gráfico, en el móvil: su título.
pinned-overflow = Cifras del denominador ingenuo

formula = la softmax de z, sub i, es igual a e elevado a z sub i menos m, dividido entre la suma para todo j de e elevado a z sub j menos m, donde m es el mayor logit

summary-fails = Desplazamiento { $offset }: la softmax ingenua falla. { $verdict }
summary-agree = Desplazamiento { $offset }: la softmax ingenua y la estable coinciden.

## Qué le pasó a la fórmula ingenua. { $precision } es f32 o f64.
verdict-overflow =
    Desbordamiento: e^(z + c) es demasiado grande para { $precision } a partir de
    z + c ≈ { $limit }, así que { $count ->
        [one] uno de los términos es ∞
       *[other] { $count } de los términos son ∞
    }, su suma es ∞ y el cociente ∞ / ∞ es NaN (no es un número).
verdict-sum-overflow =
    Desbordamiento en la suma: cada e^(z + c) cabe todavía en { $precision }, pero juntos superan
    su mayor número, así que la suma es ∞ y todas las p ingenuas salen 0.
verdict-underflow = Subdesbordamiento: todos los e^(z + c) se redondearon a 0 en { $precision }, y 0 / 0 es NaN.
verdict-agree =
    Las dos columnas coinciden: cada e^(z + c) cabe todavía en { $precision }. La columna estable
    no se mueve nunca, sea cual sea c.

## Tarjeta: sube todos los logits en c
offset-title = Sube todos los logits en c
offset-slider = Desplazamiento c, sumado a cada logit
offset-valuetext-overflows = desplazamiento { $offset }, la softmax ingenua se desborda
offset-valuetext-works = desplazamiento { $offset }, la softmax ingenua aún funciona
precision-legend = Precisión de la softmax ingenua
precision-f64 = f64 (doble precisión)
precision-f32 = f32 (precisión simple, como en la mayoría de las GPU)
examples-label = Ejemplos
readout-overflow-at = La ingenua se desborda a partir de c =
readout-largest-shifted = Mayor z + c
column-token = Token
column-exp-naive = e^(z + c), ingenuo
column-naive-p = p ingenua
column-stable-p = p estable
column-offset = Desplazamiento c
table-stability = Softmax ingenua y estable de z + c, una junto a otra
legend-digits = cifras de Σ e^(z + c)
legend-largest = máximo de { $precision }
axis-offset = desplazamiento c
overflow-past = se desborda desde c ≈ { $limit }
row-largest = máximo de { $precision } (c = { $offset })
overflow-caption =
    Cuántas cifras tiene el denominador ingenuo Σ e^(z + c), frente a c. Sube en línea recta hasta
    chocar con el mayor número que cabe en el float (línea discontinua); a partir de ahí es ∞.
    Cambia a f32 para ver cuánto antes llega.
overflow-label = Cifras del denominador ingenuo frente al desplazamiento, con el mayor float como techo
overflow-table = Cifras del denominador ingenuo según el desplazamiento

## Tarjeta: log-sum-exp y log-softmax
lse-title = Log-sum-exp y log-softmax
lse-text =
    El mismo truco da el logaritmo del denominador, log-sum-exp, sin formar nunca un número enorme:
    se saca el mayor logit m, y lo que queda dentro del logaritmo está entre 1 y el número de
    tokens.
column-log-softmax = log-softmax = z + c − logsumexp
column-ln-naive = ln p ingenuo, { $precision }
column-p-log-softmax = p = e^(log-softmax)
log-softmax-table = Log-softmax de los logits desplazados
underflow-text =
    Las pérdidas necesitan el logaritmo de una probabilidad. Calcular primero la softmax y después
    el logaritmo falla en el sentido contrario: un token muy por debajo del resto recibe una
    probabilidad que se redondea a 0 exacto, y −ln 0 es infinito. log_softmax(z) = z − logsumexp(z)
    nunca forma esa probabilidad, así que la pérdida sigue siendo finita. Por eso el código de
    entrenamiento calcula la entropía cruzada a partir de los logits.
column-naive-loss = −ln softmax(z), ingenua
column-stable-loss = −log_softmax(z), estable
underflow-table = Logits [0; −50; −800]: la pérdida de cada token, ingenua y estable

## Predice primero: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-naive = Logits [1000, 999], con la fórmula ingenua. ¿Qué sale?
predict-f32 = En f32, ¿cuál es el mayor logit cuyo eᶻ sigue siendo un número finito?
challenge-infinite = Con logits finitos, haz que la fórmula ingenua dé una pérdida infinita; luego lee la pérdida finita que da log-softmax.
