## Las respuestas razonadas de la prueba, que se muestran al comprobar una pregunta.

softmax-reason =
    e^z vale { $e-cat }; { $e-dog } y { $e-bird }, que suman { $sum }. Por tanto, { $token }
    recibe { $e-token } / { $sum } = { $probability }.
shift-reason =
    e^(z + { $shift }) = e^{ $shift } · e^z: el mismo factor multiplica cada término y también su
    suma, así que se cancela. Antes: { $p1 }; { $p2 } y { $p3 }. Después: { $q1 }; { $q2 } y
    { $q3 }.
temperature-reason-sharpens =
    Primero divide los logits entre T: { $scaled-cat }; { $scaled-dog } y { $scaled-bird }. La
    softmax de estos valores da a gato { $probability }, frente a { $probability-at-1 } con
    T = 1: una temperatura por debajo de 1 concentra la distribución.
temperature-reason-flattens =
    Primero divide los logits entre T: { $scaled-cat }; { $scaled-dog } y { $scaled-bird }. La
    softmax de estos valores da a gato { $probability }, frente a { $probability-at-1 } con
    T = 1: una temperatura por encima de 1 aplana la distribución.
placement-reason =
    Dividir las probabilidades { $p1 }; { $p2 } y { $p3 } entre T y volver a normalizar da otra
    vez { $again1 }; { $again2 } y { $again3 }: no cambia nada. T tiene que dividir los logits,
    donde sí cambia las diferencias entre ellos.
top-p-reason =
    Las sumas acumuladas son { $totals }: la primera que alcanza { $top-p } es la número
    { $kept }, y el token que cruza el umbral se conserva.
min-p-reason =
    El listón de min-p, una fracción de la probabilidad del token más probable, es
    { $min-p } × { $p1 } = { $bar }; { $kept ->
        [one] se conserva el único token que lo iguala o lo supera.
       *[other] se conservan los { $kept } tokens que lo igualan o lo superan.
    }
loss-reason =
    La pérdida es −ln p = −ln { $p } = { $loss } nats. Solo vale 0 cuando p = 1, y crece sin
    límite a medida que p baja hacia 0.
perplexity-reason =
    Perplejidad = e^(pérdida media) = e^{ $loss } = { $perplexity }: el modelo duda tanto como si
    eligiera al azar, con la misma probabilidad, entre { $words ->
        [1] apenas 1 palabra
       *[other] unas { $words } palabras
    }.
ranking-reason =
    La pérdida es −ln p de la palabra correcta: −ln { $sure } = { $loss-sure }; −ln(1/{ $words }) =
    { $loss-even } y −ln { $wrong } = { $loss-wrong } nats. Estar muy seguro y equivocarse es lo
    que más cuesta.
smoothing-reason =
    Cada clase recibe ε/K = { $epsilon }/{ $classes } = { $share }, y la correcta recibe además
    1 − ε: 1 − { $epsilon } + { $share } = { $target }. La pérdida frente a este objetivo nunca
    puede llegar a 0.
distillation-reason =
    El cociente de dos probabilidades de la softmax solo depende de la diferencia entre sus logits:
    e^(({ $z-dog } − { $z-bird })/{ $t }) = { $ratio }, cuando con T = 1 era
    e^({ $z-dog } − { $z-bird }) = { $ratio-at-1 }. Una T más alta acerca entre sí las
    probabilidades de las palabras incorrectas, así que el alumno ve cómo las ordena el profesor.
gradient-reason =
    La softmax da { $p-cat } a gato, { $p-dog } a perro y { $p-bird } a pájaro. El gradiente es
    p − y, con y = 1 para { $correct } y 0 para las demás: para { $asked } es { $p } − { $y } =
    { $gradient }.
step-reason =
    p − y vale { $g-cat } para gato, { $g-dog } para perro y { $g-bird } para pájaro. Solo el de
    { $correct } es negativo, así que solo su logit sube; los demás bajan en proporción a su
    probabilidad, de modo que la palabra incorrecta más probable, { $falls }, es la que más baja.
answer-reason =
    Solo cuentan las posiciones de la respuesta: ({ $l3 } + { $l4 } + { $l5 }) / 3 = { $mean }.
    Contar todas las posiciones daría { $mean-all }, y además el modelo aprendería a escribir
    prompts.
overfit-reason =
    Una pérdida de entrenamiento que baja mientras la de validación sube es sobreajuste: el modelo
    se ajusta a lo que es peculiar de su texto de entrenamiento, y eso no se traslada a otros
    textos. Detén el entrenamiento cerca del paso { $best-step }, o dale más datos.
overflow-reason =
    e^z se desborda en cuanto z supera { $limit } (el ln del mayor número que cabe en
    { $precision }), así que solo se desborda con z = { $z }. La softmax estable resta primero el
    logit mayor, así que cada exponencial que calcula vale como mucho e^0 = 1.
logsumexp-reason-f64 =
    Saca primero el mayor: { $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } +
    ln { $sum } = { $lse }. Calcular e^{ $largest-whole } directamente desbordaría incluso en f64.
logsumexp-reason-f32 =
    Saca primero el mayor: { $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } +
    ln { $sum } = { $lse }. Calcular e^{ $largest-whole } directamente cabe en f64, pero
    desbordaría en f32.
scaled-reason =
    Los productos escalares de vectores aleatorios tienen una dispersión del orden de
    √d_k = { $root }, así que la atención divide entre ese valor: { $score } / { $root } =
    { $scaled }. Sin escalar, puntuaciones tan grandes llevarían cada fila de la softmax a una
    sola palabra.
leak-reason =
    Cada puntuación futura de 0 sigue contando e^0 = 1 en la softmax. La fila tiene
    e^{ $score } = { $exp } para la propia palabra y 4 × 1 para el futuro, así que el futuro se
    lleva 4 / ({ $exp } + 4) = { $leak }. Con −∞, e^−∞ = 0 y no se filtra nada.
twice-reason =
    La primera softmax da { $p-cat }; { $p-dog } y { $p-bird }. Al estar entre 0 y 1, quedan muy
    juntas, así que la segunda softmax es casi plana y da a { $correct } { $p-again }: la pérdida
    es −ln { $p-again } = { $loss } nats, frente a { $right-loss }, la pérdida correcta.
sigmoid-reason =
    La softmax reparte una unidad de probabilidad entre las etiquetas, así que no puede decir que
    las dos sean probables ({ $p-cat } + { $p-dog } = 1), a ninguna temperatura, y los logits ni
    siquiera son probabilidades. Las sigmoides independientes 1 / (1 + e^−z) responden por
    separado a cada pregunta de sí o no: { $sigmoid-cat } y { $sigmoid-dog }.
