## Sección 4: gradientes.

lede =
    Entrenar es cambiar los logits poco a poco, en la dirección que hace bajar la pérdida. Esa
    dirección es el gradiente, y para la softmax con entropía cruzada es sorprendentemente sencilla:
    la probabilidad de cada token menos su objetivo, p − y.

## La copia fijada de un gráfico, en los móviles: su título.
pinned-fd-valley = Mayor error frente al paso e
pinned-step-logits = Los logits, antes y después del último paso

formula = la derivada de L respecto a z sub i es igual a p sub i menos y sub i

summary = Pérdida: { $loss } nats; el gradiente de { $token } es { $gradient }.
column-token = Token

## Tarjeta: la pérdida, directamente desde los logits
loss-title = La pérdida, directamente desde los logits
loss-text =
    El logaritmo negativo de la probabilidad de la palabra correcta se simplifica: la división que
    hay dentro de la softmax se convierte en una resta, el log-sum-exp de todos los logits menos el
    logit de la palabra correcta. Las bibliotecas de aprendizaje profundo calculan así la pérdida, a
    partir de los logits, de modo que ninguna probabilidad llega a redondearse antes a cero.
readout-lse = log-sum-exp
readout-loss = Pérdida
which-word = ¿Qué palabra vino realmente después?

## Tarjeta: el gradiente, token a token
bars-title = El gradiente, token a token
bars-meaning =
    La palabra correcta es { $right }: su barra vale { $right-gradient }, un valor negativo, así que un
    paso de descenso de gradiente sube su logit. Las barras siempre suman cero: lo que gana un
    logit lo pierden los demás.
bars-meaning-wrong =
    La palabra correcta es { $right }: su barra vale { $right-gradient }, un valor negativo, así que un
    paso de descenso de gradiente sube su logit. La palabra equivocada que el modelo prefiere es
    { $wrong }: su barra vale { $wrong-gradient }, el mayor empujón hacia abajo. Las barras siempre
    suman cero: lo que gana un logit lo pierden los demás.
bars-caption =
    Cada barra es p − y para un token. El descenso de gradiente la resta: las barras por encima de
    cero empujan su logit hacia abajo, y la barra por debajo de cero (la de la palabra correcta,
    resaltada) tira de su logit hacia arriba.
bars-label = Gráfico de barras con signo del gradiente p menos y para cada token
bars-table = El gradiente dL/dz = p − y

## Tarjeta: da un paso cuesta abajo
step-title = Da un paso cuesta abajo
step-text =
    El descenso de gradiente mueve cada logit en sentido contrario a su gradiente, escalado por la
    tasa de aprendizaje: <strong>z ← z − lr · (p − y)</strong>. Da unos cuantos pasos y observa cómo
    sube el logit de la palabra correcta mientras baja la pérdida: deprisa al principio y luego más
    despacio, a medida que p − y se hace más pequeño.
slider-lr = Tasa de aprendizaje
lr-valuetext = tasa de aprendizaje { $lr }
step-buttons-label = Pasos de gradiente
take-step = Dar un paso
reset-steps = Volver a los logits de antes del primer paso
readout-steps = Pasos dados
readout-loss-now = Pérdida actual
p-right-word = p de la palabra correcta
column-z-before = z antes del último paso
column-z-now = z ahora
column-gradient-now = Gradiente ahora
step-logits-caption =
    Los logits ahora (la palabra correcta, resaltada), con barras tenues donde estaban antes del
    último paso.
step-logits-label = Gráfico de barras con signo de los logits antes y después del último paso de gradiente
step-logits-table = Los logits antes y después del último paso
curve-loss = pérdida
axis-step = paso
axis-loss = pérdida (nats)
curve-marker = pérdida { $loss }
step-curve-caption = La pérdida después de cada paso: los pasos se acortan a medida que mejora la predicción, porque p − y también se reduce.
step-curve-label = Gráfico de líneas de la pérdida después de cada paso de gradiente
step-curve-table = La pérdida en cada paso
column-step = Paso
column-loss = Pérdida (nats)
step-hint =
    Los logits se mantienen entre { $min } y { $max }, el rango de la zona de pruebas. Los pasos
    cambian los logits de la lección, así que todas las demás secciones también los ven.

## Tarjeta: comprueba el gradiente con un pequeño empujón
fd-title = Comprueba el gradiente con un pequeño empujón
fd-text =
    Un gradiente se puede medir sin cálculo diferencial: empuja un logit hacia arriba un paso pequeño e,
    luego hacia abajo otro paso e, y divide el cambio de la pérdida entre 2e. Si p − y es correcto,
    los dos valores coinciden.
slider-eps = Paso e
eps-valuetext = paso { $eps }, mayor diferencia { $error }
readout-fd-error = Mayor diferencia
readout-fd-best = Mejor paso aquí
fd-verdict-truncation =
    Con e = { $eps } la mayor diferencia es { $error }, y se debe al truncamiento: el paso es tan
    grande que la diferencia mide la curvatura de la función, no solo su pendiente. El menor error
    aquí, { $best-error }, se da en torno a e = { $best }.
fd-verdict-round-off =
    Con e = { $eps } la mayor diferencia es { $error }, y se debe al redondeo: las dos pérdidas
    coinciden en casi todas sus cifras, y al dividir su diferencia minúscula entre un paso minúsculo
    el redondeo se amplifica. El menor error aquí, { $best-error }, se da en torno a e = { $best }.
fd-verdict-balanced =
    Con e = { $eps } la mayor diferencia es { $error }: cerca del punto óptimo, donde el
    truncamiento y el redondeo se equilibran. El menor error aquí, { $best-error }, se da en torno a
    e = { $best }.
fd-table = El gradiente analítico y el numérico
column-numeric = Numérico
column-difference = Diferencia
valley-caption =
    La mayor diferencia para cada paso de 10⁻¹² a 1, con los dos ejes en escala logarítmica: un
    valle. A la derecha el paso es demasiado grande; a la izquierda domina el ruido del redondeo,
    dividido entre un paso minúsculo.
valley-label = Mayor error de la diferencia finita frente al paso, en ejes logarítmicos, con el paso elegido marcado
valley-table = Mayor error por paso
column-largest-error = Mayor error
valley-curve = mayor error
valley-axis-step = paso e
valley-axis-error = error

## Tarjeta: ¿por qué no el error cuadrático?
squared-title = ¿Por qué no el error cuadrático?
squared-text =
    El error cuadrático sobre las probabilidades, ½ Σ (p − y)², parece igual de razonable. Pero su
    gradiente tiene que volver atrás a través de la softmax, y la softmax es plana cuando está
    segura. Con los logits [8; 0; 0] y { $token } como palabra correcta, el modelo está seguro al
    { $percent } % de la respuesta equivocada, y el error cuadrático apenas empuja:
squared-table = Logits [8; 0; 0], con { $token } como palabra correcta: los dos gradientes
column-ce-gradient = Gradiente de la entropía cruzada
column-se-gradient = Gradiente del error cuadrático
saturation-caption =
    Con qué fuerza tira cada pérdida hacia arriba del logit de la palabra correcta a medida que
    crece un logit equivocado. La entropía cruzada tira con más fuerza cuanto más se equivoca el
    modelo; el error cuadrático se rinde justo cuando más importa.
saturation-label =
    Tamaño del gradiente sobre el logit correcto con la entropía cruzada y con el error cuadrático,
    a medida que crece el logit equivocado
saturation-table = Tamaño de los gradientes a medida que crece el logit equivocado
column-wrong-logit = Logit equivocado
column-ce-size = |Gradiente| con entropía cruzada
column-se-size = |Gradiente| con error cuadrático
saturation-curve-ce = entropía cruzada
saturation-curve-se = error cuadrático
saturation-axis-x = logit equivocado z (los demás, 0)
saturation-axis-y = empuje sobre el logit correcto

## Predice primero, y el reto: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-sum = Logits [3, 1, 0], y la palabra correcta es la segunda. ¿Cuánto suman las componentes del gradiente?
predict-sure = El modelo ya da a la palabra correcta p = 0,99. ¿Cuál es el gradiente de esa palabra?
challenge-half = Consigue que el gradiente de la palabra correcta sea exactamente −0,50.
