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
