## Las tarjetas de «Predice primero» y los retos.

set-up = Prepáralo
set-up-hint = Carga los números de la pregunta. Tus ajustes se guardan.
restore = Volver a mis ajustes
set-up-done = Ya están cargados los números de la pregunta.
restored = Vuelven a estar tus ajustes.
guess-legend = Tu predicción
commit = Fijar mi predicción
skip = Saltar
skipped = Saltada. Ábrela de nuevo cuando quieras intentarlo.
try-again = Volver a intentarlo
see-why = Ver por qué
you-said = Dijiste { $guess }; es { $answer }.
band-close = Cerca: a menos de { $close }.
band-near = No muy lejos: a menos de { $near }.
band-far = Lejos: a más de { $near }.
choice-said = Dijiste: { $choice }.
choice-right = Eso es lo que pasa.
choice-other = Lo que pasa: { $answer }.
see-it = Míralo en directo:
myth = Es habitual pensar que

not-yet = Todavía no: sigue moviendo los controles.
hint = Pista
solution = Ver una solución
hint-label = Pista:
solution-label = Una solución:

softmax-add-try = Pulsa «+1 a cada logit» diez veces y mira la barra de gato.
softmax-add-why =
    La softmax divide cada eᶻ entre la suma de todas. Sumar 10 multiplica cada eᶻ por el mismo
    e¹⁰, y ese factor se cancela en la división: solo cuentan las diferencias entre los logits.
softmax-add-myth = a logits más grandes, probabilidades más grandes. Solo cuenta ser más grande que los demás.

softmax-double-try = Escribe 4, 2, 1 y −2 en las casillas y mira la barra de gato.
softmax-double-why =
    Duplicar los logits duplica cada diferencia, y la softmax convierte cada diferencia en un
    cociente a través de eᶻ: la ventaja de gato sobre perro pasa de { $before } veces a
    { $after } veces. Las probabilidades cambian de forma exponencial, no proporcional: duplicar los
    logits equivale a una temperatura de 0,5.
softmax-double-myth = las probabilidades crecen en proporción a los logits, así que duplicarlos no cambia nada.

softmax-forty-hint =
    Dos tokens tienen la misma probabilidad cuando sus logits son iguales. Juntos se llevan
    el 80 % cuando el resto se lleva el 20 %: con un solo token más, su logit queda
    ln 2 ≈ { $gap } por debajo del de ellos.
softmax-forty-solution =
    Quita un token para que queden tres. Pon dos logits a 1 y el tercero a { $third } (1 − ln 2):
    así salen { $pair }; { $pair } y { $rest }.
softmax-forty-met = Hecho: dos tokens con { $first } y { $second }.

overview-step-a = Los bloques del transformer
overview-step-b = El estado oculto
overview-step-c = La capa lineal que da los logits
overview-step-d = La softmax
overview-step-e = El muestreo
overview-step-try = Avanza por la cadena hasta “Logits” y luego hasta “Softmax”, y compara sus números.
overview-step-why =
    La capa lineal da a cada token una puntuación, un logit: un número real cualquiera; los de la
    lección suman { $sum }. La softmax vuelve positivo cada uno con eᶻ y lo divide por el total,
    así que suman 1: solo entonces son probabilidades.
overview-step-myth = el propio transformer da probabilidades. Da logits; la softmax es un último paso aparte.

sampling-cold-a = Tiende a 1
sampling-cold-b = Tiende a 1/{ $n }: todos los tokens iguales
sampling-cold-c = Tiende a 0
sampling-cold-d = Se queda en { $now }
sampling-cold-try = Arrastra la temperatura hasta 0,05, luego hasta 5, y mira la barra de gato.
sampling-cold-why =
    Dividir los logits por una T pequeña estira las distancias entre ellos, y el mayor se lo lleva
    casi todo: p(gato) vale { $cold } con T = 0,05. Una T grande acorta las distancias e iguala los
    tokens, hacia 1/{ $n }: p(gato) vale { $hot } con T = 5.
sampling-cold-myth = una temperatura cercana a 0 vuelve aleatorio al modelo. Hace que elija siempre su favorito; el azar crece con T.

sampling-min-p-a = Los mismos todo el rato
sampling-min-p-b = Más a medida que sube la temperatura
sampling-min-p-c = Menos a medida que sube la temperatura
sampling-min-p-try = Arrastra la temperatura de 0,5 a 2 y mira “Tokens conservados”.
sampling-min-p-why =
    Min-p conserva los tokens con al menos 0,1 veces la probabilidad del más probable y aquí, como
    en Hugging Face, la temperatura actúa antes. Una T más alta aplana la distribución y más tokens
    superan el listón: { $low }, { $mid } y { $high } con T = 0,5, 1 y 2. Las bibliotecas que aplican
    la temperatura al final, como llama.cpp, conservan { $last } en todos los casos.
sampling-min-p-myth = min-p es un corte fijo. Es relativo al token más probable, así que se mueve con la temperatura.

sampling-three-hint =
    Top-p conserva los tokens más probables hasta que sus probabilidades suman al menos top-p.
    Deja la temperatura en 1 y top-k y min-p en 0, y mueve solo top-p.
sampling-three-solution =
    Con los tokens de la lección, los dos primeros suman { $two } y los tres primeros { $three }:
    cualquier top-p de { $low } a { $high } conserva tres, por ejemplo 0,9.
sampling-three-met = Hecho: top-p { $p } conserva tres tokens, con { $mass } de la probabilidad.

loss-uniform-try =
    Arrastra el deslizador hasta el mínimo, p = 0,001: la pérdida es { $floor } nats. Una predicción
    uniforme tiene p = { $p }, más abajo en la misma curva.
loss-uniform-why =
    La pérdida es −ln p del token correcto, y un modelo que no sabe nada da a cada uno de los
    50.257 tokens p = 1/50.257: su pérdida es ln 50.257 = { $loss } nats. El entrenamiento empieza
    cerca de ahí, y cada nat por debajo es algo que el modelo ha aprendido.
loss-uniform-myth = la pérdida de un modelo sin entrenar empieza cerca de 0. Empieza cerca del ln del tamaño del vocabulario.

loss-drops-a = De 0,9 a 0,5
loss-drops-b = De 0,1 a 0,01
loss-drops-c = Cuestan lo mismo
loss-drops-try = Arrastra el deslizador de 0,9 a 0,5 y luego de 0,1 a 0,01, y lee la pérdida cada vez.
loss-drops-why =
    La pérdida es −ln p, así que cuenta el cociente, no la diferencia: de 0,9 a 0,5 suma { $first }
    nats, de 0,1 a 0,01 suma { $second }. Un modelo que dudaba y pasa a equivocarse con seguridad es
    el que más paga.
loss-drops-myth = la pérdida se mueve al mismo paso que p, como la exactitud. Es logarítmica: los últimos pasos hacia p = 0 son los que más cuestan.

loss-under-hint = La pérdida es −ln p: baja de 0,1 nats cuando p supera exp(−0,1) ≈ { $p }.
loss-under-solution = Arrastra el deslizador hasta { $p } o más: con { $p } la pérdida es { $loss } nats.
loss-under-met = Hecho: p = { $p } da una pérdida de { $loss } nats.

gradients-sum-try = Lee las barras del gradiente y su tabla: suma las componentes.
gradients-sum-why =
    Cada componente es pᵢ − yᵢ. Las probabilidades suman 1 y el objetivo one-hot también, así que
    las componentes suman { $sum }: lo que gana la palabra correcta lo pierden las demás. Aquí son
    { $entries }.
gradients-sum-myth = solo se empuja el logit de la palabra correcta. Se empujan todos, los incorrectos en proporción a su probabilidad.

gradients-sure-try = Lee la barra de gato: es casi plana. Luego elige una palabra que el modelo vea poco probable y compara.
gradients-sure-why =
    El gradiente de la palabra correcta es p − 1 = { $grad }: un modelo seguro y acertado apenas
    recibe empuje. Los empujes grandes vienen de los ejemplos en que falla: con p = 0,01 es { $far }.
gradients-sure-myth = todos los ejemplos empujan al modelo con la misma fuerza. El empuje es p − 1: cuanto más seguro y acertado el modelo, más débil.

gradients-half-hint =
    El gradiente de la palabra correcta es p − 1: vale −0,50 cuando el modelo da a esa palabra una
    probabilidad de 0,50. Elige una palabra a la que dé menos y da pasos.
gradients-half-solution =
    Arriba, en “¿Qué palabra vino realmente después?”, elige { $word } (p = { $p }) y da pasos
    aquí: cada uno sube su probabilidad. Baja la tasa de aprendizaje cuando p se acerque a 0,50,
    para que un paso no se pase.
gradients-half-met = Hecho: el gradiente de la palabra correcta es { $grad }, con p = { $prob }.

training-few-a = Sigue bajando
training-few-b = Baja y luego sube, mientras la de entrenamiento sigue bajando
training-few-c = Se queda más o menos donde empezó
training-few-try = Pulsa Empezar y mira las dos curvas; pausa cuando la curva de validación empiece a subir.
training-few-why =
    Con 5 frases, la pérdida de validación es mínima en el paso { $best } ({ $low } nats) y sube
    después, mientras la de entrenamiento sigue bajando: el modelo se aprende esas frases de
    memoria en lugar del idioma. Con más frases, el giro llega más tarde.
training-few-myth = una pérdida de entrenamiento más baja siempre significa un modelo mejor.

training-rate-a = Baja más deprisa, e igual de suave
training-rate-b = Da saltos o se dispara
training-rate-c = No cambia nada
training-rate-try = Pon la tasa de aprendizaje en 5 y pulsa Empezar; luego Reiniciar, ponla en 0,5 y compara.
training-rate-why =
    Aquí diez veces la tasa sigue siendo suave: tras 100 pasos la pérdida de entrenamiento es
    { $fast } nats con { $high } frente a { $slow } con { $low }, y nunca sube por el camino. Pero una
    tasa puede ser demasiado grande: con { $wild }, fuera del alcance de este deslizador, los pasos
    se pasan de largo y la pérdida sube y baja a saltos.
training-rate-myth = una tasa de aprendizaje mayor siempre es más rápida. Lo es hasta cierto punto; a partir de ahí los pasos se pasan de largo.

training-stop-hint =
    La pérdida de validación llega a un mínimo en algún paso y luego sube. Mira la curva de
    validación y pulsa Pausa cerca de su punto más bajo; con menos pasos por segundo es más fácil.
training-stop-solution =
    Con estos ajustes, la pérdida de validación es mínima en el paso { $best }: pulsa Reiniciar y
    pausa en cualquier paso entre el { $from } y el { $to }. “Un paso” avanza de uno en uno.
training-stop-met = Hecho: pausado en el paso { $steps }, cerca del mínimo de validación en el paso { $best }.

stability-naive-a = [{ $stable }]
stability-naive-b = No es un número: el cálculo se rompe
stability-naive-c = Mitad y mitad, porque los logits son casi iguales
stability-naive-try = Lee la tabla: las columnas ingenuas se rompen donde la estable funciona bien. Baja el desplazamiento hasta que vuelvan a funcionar.
stability-naive-why =
    e¹⁰⁰⁰ supera con mucho el mayor double, que es más o menos e^{ $limit }: las dos exponenciales
    se desbordan a ∞, y ∞ / ∞ no es un número. Restar primero el logit mayor da e⁰ y e⁻¹, y la
    respuesta correcta: { $stable }.
stability-naive-myth = los números grandes no son problema: el ordenador simplemente usa más cifras.

stability-f32-try = Con f32 elegido, arrastra el desplazamiento: las columnas ingenuas se rompen en cuanto el logit mayor pasa de { $f32 }.
stability-f32-why =
    La fórmula ingenua calcula eᶻ primero, y el mayor f32 es más o menos 3,4 × 10³⁸ = e^{ $f32 }: un
    logit por encima de { $f32 } se desborda a ∞. En f64 el límite es { $f64 }. Restar primero el
    logit mayor deja todos los exponentes en 0 o por debajo, sean cuales sean los logits.
stability-f32-myth = hacen falta logits enormes para desbordar. En f32 basta con { $f32 }.

stability-infinite-hint =
    La fórmula ingenua divide cada e^(z + c) entre su suma. Cuando la suma se desborda a ∞ pero un
    término no, la p de ese término es exactamente 0, y −ln 0 es infinito. Sube c despacio cerca
    del punto en que la softmax ingenua se rompe; en f32 llega mucho antes.
stability-infinite-solution =
    Con estos logits en { $precision }, pon c en { $c }: e^(z + c) de { $token } todavía cabe, pero la
    suma se desborda a ∞, así que su p ingenua es 0 y su pérdida es infinita. log-softmax le da una
    pérdida de { $loss } nats.
stability-infinite-met = Hecho: con c = { $c } en { $precision }, el ln p ingenuo de { $token } es −∞, una pérdida infinita; log-softmax da { $loss } nats.

attention-unscaled-a = Se quedan más o menos igual
attention-unscaled-b = Cada fila pone casi todo su peso en una palabra
attention-unscaled-c = Cada fila reparte su peso por igual
attention-unscaled-try = Desmarca “Dividir las puntuaciones entre √d_k” y arrastra d_k de 4 a 256 mirando el mayor peso de una fila.
attention-unscaled-why =
    Cada puntuación suma d_k productos, así que su dispersión crece como √d_k: { $r4 }, { $r64 } y
    { $r256 } para d_k = 4, 64 y 256. La softmax de puntuaciones muy dispersas da casi todo el peso a
    una palabra: el mayor peso de una fila pasa de { $small } a { $large } de media. Dividir entre
    √d_k mantiene la dispersión cerca de 1.
attention-unscaled-myth = el 1/√d_k es un detalle estético. Sin él, una d_k grande satura la softmax y sus gradientes se desvanecen.

attention-zero-mask-try = Elige la máscara “Causal, 0” y mira por encima de la diagonal: las palabras futuras siguen recibiendo peso.
attention-zero-mask-why =
    Una máscara de 0 no es −∞: e⁰ = 1, así que cada palabra enmascarada conserva el peso de una
    puntuación 0, aquí 1 / (e¹ + e² + 1 + 1) = { $weight }. Solo −∞, cuyo eᶻ es 0, las deja sin nada.
attention-zero-mask-myth = una puntuación de 0 significa que se ignora. La softmax la convierte en e⁰ = 1, una parte como cualquier otra.

attention-uniform-hint =
    La softmax solo ve las diferencias entre puntuaciones: los pesos de una fila son iguales cuando
    lo son sus puntuaciones. Multiplicar una consulta por un número multiplica por ese número cada
    puntuación de su fila.
attention-uniform-solution =
    Pon “Cada consulta multiplicada por” en 0: cada puntuación q · k pasa a ser 0, y e⁰ = 1 para
    cada palabra que entra en una fila, así que se la reparten por igual. La fila de “{ $word }” da
    a cada una de sus { $count } palabras { $weight }.
attention-uniform-met = Hecho: la fila de “{ $word }” da a cada una de sus { $count } palabras { $weight }.

pitfalls-twice-a = Lo mismo que una vez
pitfalls-twice-b = Más plana que una vez
pitfalls-twice-c = Más marcada que una vez
pitfalls-twice-try = Lee la tabla: con la softmax dos veces la pérdida se queda más alta y el tirón sobre el logit correcto es más débil.
pitfalls-twice-why =
    Las salidas de la softmax están entre 0 y 1, así que la segunda softmax recibe logits a menos
    de 1 de distancia: ninguna de sus salidas puede ser más de e ≈ { $e } veces otra. [2, 1, 0] da
    { $once } una vez y { $twice } dos veces.
pitfalls-twice-myth = aplicar la softmax dos veces no hace daño, porque las probabilidades siguen siendo probabilidades.

pitfalls-after-a = Nada
pitfalls-after-b = Lo mismo que softmax(z / T)
pitfalls-after-c = Otra cosa
pitfalls-after-try = Arrastra el deslizador de temperatura de esta tarjeta: las barras de las probabilidades divididas entre T no se mueven.
pitfalls-after-why =
    Dividir cada probabilidad entre T las escala todas por el mismo factor, y renormalizar lo
    deshace: (p / T) / Σ(p / T) = p. La temperatura tiene que actuar sobre los logits, antes de la
    softmax: softmax(z / T) es p elevado a 1/T y renormalizado, no p dividido entre T.
pitfalls-after-myth = la temperatura hace lo mismo en cualquier punto de la cadena en que se aplique.

pitfalls-before-hint =
    Dividir cada probabilidad entre la misma T y renormalizar las devuelve sin cambios. ¿En qué
    otro punto de la cadena podría actuar la temperatura?
pitfalls-before-solution =
    Marca “Dividir los logits entre T, antes de la softmax” y aleja la temperatura de 1: con
    T = 0,5, p({ $token }) pasa de { $one } a { $half }.
pitfalls-before-met = Hecho: con T = { $t } y los logits divididos, una probabilidad se mueve { $change }.
