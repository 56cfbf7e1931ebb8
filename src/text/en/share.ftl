## The "Share / embed" dialog, for instructors: a link to the section on screen and the code
## that embeds it in a course page, with their choice of starting values, theme, hidden controls
## and how the embedded frame gets its height.

## The dialog.
title = Share or embed this section
# Above the read-only box holding the link.
link-label = Link to this section
# Above the read-only box holding the HTML to paste into a course page.
code-label = Embed code for a course page
# The buttons after those boxes.
copy-link = Copy link
copy-code = Copy embed code
# The status line after a copy button was pressed.
link-copied = Link copied.
code-copied = Embed code copied.
copy-by-hand = The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.
clipboard-closed = The browser kept the clipboard closed: the text is selected, press Ctrl+C to copy it.
close = Close

## The choices.
start-from = Start from
from-current = The values on screen now
from-defaults = The lesson’s defaults
theme = Theme
theme-auto = Follow the reader’s system
theme-light = Light
theme-dark = Dark
theme-contrast = High contrast, for projectors
hide-controls = Hide these controls
# The controls an instructor can hide, each a check box. Section navigation is hidden only in
# a link: an embedded section never shows it.
hide-nav = Section navigation (link only)
hide-predict = Predictions and challenges
hide-editor = Token editor
hide-presets = Preset buttons
hide-shift = Shift buttons
hide-arithmetic = Step-by-step arithmetic

## How the embedded frame gets its height.
fit = How the embedded frame gets its height
fit-script = A script fits it to the section (recommended)
fit-fixed = A fixed height, for editors that remove scripts
# Before a drop-down of widths (keep the space at the end).
narrowest-frame = Narrowest frame{ " " }
# The drop-down's choices: $width in CSS pixels, e.g. 1,024.
width-phones = { $width } px: phones and wider
width-tablets = { $width } px: tablets and wider
width-laptops = { $width } px: laptops and wider
# Under the choices, about the embed code.
fit-script-hint =
    Paste it as it is: its script lets the frame grow and shrink with the section. If your course
    page’s editor removes scripts (many LMS editors do), choose a fixed height instead.
# $width in CSS pixels.
measuring = Measuring this section with these settings in a frame { $width } px wide…
# $height and $width in CSS pixels.
measured =
    Measured for this section and these settings: { $height } px tall in a frame { $width } px
    wide. Wider frames leave room below the section; narrower ones scroll inside.
not-measured =
    The section could not be measured here, so the height is the section’s on this screen: check
    the frame in your course page.
# The embedded frame's title, for screen readers: "Softmax Lab: Temperature and sampling".
frame-title = { -brand }: { $section }

## For a learning management system.
lms-title = For a learning management system
lms-text =
    Moodle, Canvas, Blackboard and Brightspace import the whole lesson as one SCORM 1.2 package;
    it records each student’s place and quiz score.
lms-download = Download for your LMS
