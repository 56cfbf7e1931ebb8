## Sección 1: logits y softmax.

lede =
    La última capa de un modelo da a cada token candidato una puntuación llamada logit. La softmax
    convierte esas puntuaciones en probabilidades: se eleva e a cada una y se divide entre el total.
summary = Token más probable: { $token }, probabilidad { $probability }.

## La zona de pruebas.
playground-title = Zona de pruebas: ajusta los logits
playground-hint =
    Arrastra un deslizador, usa las flechas del teclado o escribe un valor entre { $min } y
    { $max }. Cambia el nombre de un token editándolo.
add-token = + Añadir un token
token-count = { $count } de { $max } tokens
pinned-probs = Probabilidades

## Los gráficos.
charts-title = Qué les hace la softmax
logits-caption = Logits: cualquier número real; las barras negativas cuelgan por debajo de cero.
logits-label = Gráfico de barras de los logits, una barra por token
logits-table = Logits
probs-caption = Probabilidades: entre 0 y 1, y suman 1.
probs-label = Gráfico de barras de las probabilidades, una barra por token
probs-table = Probabilidades
column-token = Token
column-logit = Logit z
column-probability = Probabilidad p

## La cuenta, paso a paso.
arithmetic-title = La cuenta, paso a paso
arithmetic-1 = Toma cada logit z.
arithmetic-2 = Calcula eᶻ: siempre es positivo.
arithmetic-3 = Súmalos todos.
arithmetic-4 = Divide cada uno entre la suma: eso es p.
arithmetic-5 = Comprueba: las p suman 1.
arithmetic-table = Softmax, paso a paso
column-divide = eᶻ ÷ suma = p
row-sum = Suma

## Por qué la exponencial.
why-title = ¿Por qué la exponencial?
why-ratio =
    Las exponenciales convierten diferencias en cocientes. Los logits 3 y 1 se diferencian en 2: un
    cociente directo sería <strong>{ $plain }</strong> a 1, pero e³ / e¹ = e² ≈ <strong>{ $exp }</strong>.
    Una pequeña ventaja en la puntuación se convierte en una gran ventaja en probabilidad.
why-plain =
    Dividir las puntuaciones tal cual entre su suma no funciona: una puntuación negativa da una
    “probabilidad” negativa, y si las puntuaciones suman cero no se obtiene nada.
plain-undefined = Los logits suman cero, así que la división directa no está definida.
plain-broken = La división directa da valores por debajo de 0 o por encima de 1: no son probabilidades.
plain-works = Con estos logits la división directa funciona por casualidad; haz negativo un logit y deja de funcionar.
plain-table = División directa frente a softmax
column-softmax = softmax

## Invariancia ante desplazamientos.
shift-title = Invariancia ante desplazamientos
shift-text =
    Suma el mismo número a todos los logits: cada eᶻ queda multiplicado por el mismo factor, que se
    cancela al dividir. Pruébalo y mira el gráfico de probabilidades.
shift-down = −1 a cada logit
shift-up = +1 a cada logit
shift-report = Cada logit se ha movido { $total } en total; el mayor cambio en una probabilidad es { $moved }.
predict-add = Suma 10 a cada logit. ¿Qué le pasa a p(gato)?
predict-double = Duplica cada logit. ¿Cuánto vale entonces p(gato)?
challenge-forty = Consigue que dos tokens tengan exactamente un 40 % cada uno.
