## El diálogo “Compartir / insertar”, para docentes: un enlace a la sección que está en pantalla
## y el código que la inserta en la página de un curso, con los valores iniciales, el tema, los
## controles ocultos y la forma en que el marco insertado obtiene su altura.

## El diálogo.
title = Compartir o insertar esta sección
link-label = Enlace a esta sección
code-label = Código para insertarla en la página de un curso
copy-link = Copiar el enlace
copy-code = Copiar el código para insertar
link-copied = Enlace copiado.
code-copied = Código para insertar copiado.
copy-by-hand = El texto está seleccionado: pulsa Ctrl+C (⌘C en un Mac) para copiarlo.
clipboard-closed = El navegador no dio acceso al portapapeles: el texto está seleccionado; pulsa Ctrl+C para copiarlo.
close = Cerrar

## Las opciones.
start-from = Partir de
from-current = Los valores que hay ahora en pantalla
from-defaults = Los valores por defecto de la lección
theme = Tema
theme-auto = Según el sistema de quien la vea
theme-light = Claro
theme-dark = Oscuro
theme-contrast = Alto contraste, para proyectores
hide-controls = Ocultar estos controles
hide-nav = Navegación entre secciones (solo en el enlace)
hide-predict = Predicciones y retos
hide-editor = Editor de tokens
hide-presets = Botones de ajustes predefinidos
hide-shift = Botones de desplazamiento
hide-arithmetic = La cuenta, paso a paso

## Cómo obtiene su altura el marco insertado.
fit = Altura del marco insertado
fit-script = Un script la ajusta a la sección (recomendado)
fit-fixed = Una altura fija, para editores que eliminan los scripts
narrowest-frame = Marco más estrecho{ " " }
width-phones = { $width } px: teléfonos y pantallas mayores
width-tablets = { $width } px: tabletas y pantallas mayores
width-laptops = { $width } px: portátiles y pantallas mayores
fit-script-hint =
    Pégalo tal cual: su script hace que el marco crezca y se encoja con la sección. Si el editor
    de la página de tu curso elimina los scripts (lo hacen muchos editores de LMS), elige una
    altura fija.
measuring = Midiendo esta sección con estos ajustes en un marco de { $width } px de ancho…
measured =
    Medida para esta sección y estos ajustes: { $height } px de alto en un marco de { $width } px
    de ancho. Un marco más ancho deja espacio libre debajo de la sección; en uno más estrecho, el
    contenido se desplaza dentro del marco.
not-measured =
    No se pudo medir la sección aquí, así que la altura es la que tiene en esta pantalla:
    comprueba el marco en la página de tu curso.
frame-title = { -brand }: { $section }

## Para una plataforma de aprendizaje.
lms-title = Para una plataforma de aprendizaje (LMS)
lms-text =
    Moodle, Canvas, Blackboard y Brightspace importan la lección completa como un único paquete
    SCORM 1.2, que registra por dónde va cada estudiante y su puntuación en el cuestionario.
lms-download = Descargar para tu LMS
