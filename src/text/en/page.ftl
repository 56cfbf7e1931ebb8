## The words the build writes into the page itself, never fetched by the lesson: the first
## screen's messages before the lesson runs, and the page's title and description (search results,
## the installed app, the SCORM package).
-brand = Softmax Lab

# Shown on the first screen until the sliders and charts are ready.
loading = Loading the sliders and charts…
# Shown when the lesson's own files could not be fetched.
text-load-failed = Could not load the lesson's text. Check the connection and reload the page.
# Shown instead of the sliders when the browser runs no JavaScript.
no-script =
    The sliders, charts and questions of this lesson need JavaScript and WebAssembly: turn them on
    to try it.
app-title = { -brand }: softmax, temperature, top-p and cross-entropy
app-description =
    An interactive lesson on softmax, temperature, top-p sampling and cross-entropy loss: drag the
    logits and watch the probabilities, the samples and the loss move.
app-short-description = An interactive lesson on softmax, temperature, top-p sampling and cross-entropy loss.
