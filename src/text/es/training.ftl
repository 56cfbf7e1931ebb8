## Sección 5: el bucle de entrenamiento.

lede =
    Entrenar es repetir el paso de gradiente de la sección anterior: se calcula la pérdida sobre el
    texto de entrenamiento, se da un paso cuesta abajo, y vuelta a empezar. Aquí un modelo pequeño
    aprende de cuarenta frases cortas, en directo en tu navegador, y puedes verlo aprender… y luego
    aprender demasiado.

## La copia fijada de un gráfico, en los móviles: su título.
pinned-train-loss = Pérdida de entrenamiento y de validación

summary = Paso { $step }: pérdida de entrenamiento { $train }, pérdida de validación { $validation }.

## Tarjeta: entrena un modelo en la página
train-title = Entrena un modelo en la página
train-text =
    El modelo es una tabla de bigramas: una fila de logits por cada palabra, que puntúa cada palabra
    que podría venir después. Cada paso de descenso de gradiente mueve cada fila en −lr (p − y),
    promediado sobre todos los pares de palabras de las frases de entrenamiento. Con las frases de
    validación nunca se entrena: su pérdida dice lo bien que le va al modelo con un texto que no ha
    visto.
slider-lr = Tasa de aprendizaje
slider-train-size = Frases de entrenamiento
slider-speed = Pasos por segundo
buttons-label = Entrenamiento
button-pause = ‖ Pausa
button-start = ▶ Empezar
button-step = Un paso
button-reset = Reiniciar
readout-steps = Pasos
readout-train-loss = Pérdida de entrenamiento (perplejidad)
readout-val-loss = Pérdida de validación (perplejidad)
status = { $sizes } { $progress }
status-sizes =
    { $train ->
        [one] { $train } frase de entrenamiento
       *[other] { $train } frases de entrenamiento
    }, { $validation ->
        [one] { $validation } frase de validación
       *[other] { $validation } frases de validación
    }, { $words } palabras en el vocabulario.
status-start = Las dos pérdidas empiezan en ln V, la pérdida de un modelo que reparte sus apuestas por igual.
status-overfitting =
    La pérdida de validación fue mínima en el paso { $step } ({ $loss }) y desde entonces ha subido,
    mientras la pérdida de entrenamiento sigue bajando: el modelo se está aprendiendo de memoria sus
    frases de entrenamiento, no el idioma.
status-finished = El entrenamiento se detuvo al llegar a { $max } pasos.
curve-train = pérdida de entrenamiento
curve-validation = pérdida de validación
axis-step = paso
axis-loss = entropía cruzada media (nats)
overfitting-mark = ↑ sobreajuste: la validación sube
loss-caption =
    Pérdida de entrenamiento (línea continua) y de validación (discontinua) después de cada paso.
    Con pocas frases de entrenamiento, la pérdida de validación empieza a subir mientras la de
    entrenamiento sigue bajando; el gráfico marca dónde.
loss-label = Pérdida de entrenamiento y de validación en función del paso
loss-table = Pérdida en cada paso
column-step = Paso
column-train-loss = Pérdida de entrenamiento
column-val-loss = Pérdida de validación

## Tarjeta: qué predice el modelo
predict-title = Qué predice el modelo
predict-text =
    Cada fila de la tabla es un conjunto de logits, y la softmax lo convierte en la apuesta del
    modelo para la palabra siguiente. Elige la palabra que acaba de leer; las barras siguen el
    entrenamiento mientras avanza.
predict-after-word = Después de la palabra
end-mark = { "." }
predict-start-word = el
predict-caption = Las ocho palabras siguientes más probables y sus probabilidades, según el modelo entrenado hasta ahora.
predict-label = Probabilidades de la palabra siguiente según el modelo entrenado
predict-table = Distribución de la palabra siguiente según el modelo entrenado
column-next-word = Palabra siguiente
column-logit = Logit
column-probability = Probabilidad
use-logits-label = Usar estos logits
open-in-softmax = Abrir estos logits en la zona de pruebas de la softmax
open-in-sampling = … o muestrear a partir de ellos

## Tarjeta: una pérdida en cada posición
positions-title = Una pérdida en cada posición
positions-text =
    Un modelo de lenguaje se entrena en todas las posiciones de un texto a la vez: cada palabra se
    predice a partir de las anteriores, y la pérdida del texto es la media de las pérdidas en sus
    posiciones.
positions-example =
    Calculado a mano: una posición con logits [3; 1; 0] cuyo token correcto es el segundo tiene
    pérdida { $first }; otra con [0,5; 0; 2] y el tercero como correcto tiene { $second }. La pérdida
    de la secuencia es su media, { $mean }.
sequence = El gato se sentó en la alfombra.
answer-only =
    Ajuste fino: contar solo la respuesta (el prompt { $count ->
        [one] es la primera palabra
       *[other] son las { $count } primeras palabras
    }, “{ $prompt }”)
positions-table = Pérdida en cada posición de “{ $sequence }”
column-reads = Lee
column-predicts = Predice
column-loss = Pérdida
column-counted = Se cuenta
counted-yes = sí
counted-no = no: prompt
row-mean = Media

## El texto de entrenamiento: las frases de las que aprende el modelo
# Cuarenta frases sencillas sobre un vocabulario pequeño y repetido. El tokenizador solo pasa a
# minúsculas las letras ASCII: ninguna frase empieza por una mayúscula con tilde, y no se usan
# ¿ ¡ (se quedarían pegados a la palabra). `sequence` es corpus-01 y `predict-start-word` es “el”.
corpus-01 = El gato se sentó en la alfombra.
corpus-02 = El perro se sentó en la manta.
corpus-03 = El gato comió el pez.
corpus-04 = El perro comió el hueso.
corpus-05 = Un pájaro cantó en el árbol.
corpus-06 = El sol es cálido.
corpus-07 = Al gato le gusta el sol.
corpus-08 = Al perro le gusta el parque.
corpus-09 = El pájaro se posó en el árbol.
corpus-10 = El gato duerme en la alfombra.
corpus-11 = El perro duerme junto a la puerta.
corpus-12 = El sol salió.
corpus-13 = El gato es suave.
corpus-14 = El perro está contento.
corpus-15 = El pájaro es pequeño.
corpus-16 = El pez nada en el estanque.
corpus-17 = Un gato corrió hacia la puerta.
corpus-18 = Un perro corrió por el parque.
corpus-19 = El gato vio al pájaro.
corpus-20 = El perro vio al gato.
corpus-21 = El pájaro vio al pez.
corpus-22 = La alfombra es roja.
corpus-23 = La manta es azul.
corpus-24 = El sol brilla.
corpus-25 = El gato duerme al sol.
corpus-26 = El perro duerme en la manta.
corpus-27 = El pájaro voló al árbol.
corpus-28 = El pez está en el estanque.
corpus-29 = Un gato se sentó junto a la puerta.
corpus-30 = El perro corrió hacia el gato.
corpus-31 = El gato corrió al árbol.
corpus-32 = El sol se puso sobre el parque.
corpus-33 = El pájaro comió una semilla.
corpus-34 = El perro comió un hueso grande.
corpus-35 = El gato está en la alfombra.
corpus-36 = El perro está en la manta.
corpus-37 = Un pájaro pequeño cantó.
corpus-38 = El perro contento corrió.
corpus-39 = El gato pequeño duerme.
corpus-40 = El sol cálido brilla sobre la alfombra.

## Predice primero, y el reto: las preguntas (las tarjetas dicen el resto: predict.ftl).
predict-few = Entrena con solo 5 frases. ¿Qué hace la pérdida de validación?
predict-rate = Multiplica la tasa de aprendizaje por diez, de 0,5 a 5. ¿Qué hace la curva de entrenamiento?
challenge-stop = Pausa el entrenamiento a menos de 50 pasos del punto más bajo de la pérdida de validación.
