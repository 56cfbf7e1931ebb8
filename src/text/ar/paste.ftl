## مربع اللصق: “الصق مخرجات نموذج”. أسماء المنتجات وحقول الواجهات البرمجية تبقى كما هي.

percent = { $value }%

## المربع.
box-label = مخرجات نموذجك
box-hint =
    JSON فيه لوغاريتمات الاحتمالات (logprobs) من OpenAI (chat أو completions أو Responses)
    أو vLLM أو Ollama أو llama.cpp أو Hugging Face TGI أو Gemini، أو تدفق من أجزائها، أو أسطر في كل
    منها رمز ولوجيته. حتى 2 ميغابايت. يبقى النص في هذه الصفحة ولا يدخل الرابط أبدًا (أما الرموز التي
    تستعملها فتدخله كالعادة).
read = اقرأ
use = استعمله في ساحة التجربة
example = جرّب مثالًا
reading = جارٍ القراءة…
read-first = اقرأ نصًا ملصقًا أولًا: الصق مخرجات نموذج في الأعلى ثم اختر “اقرأ”.

## كيف تحصل على لوغاريتمات الاحتمالات.
how-to-ask = كيف تحصل على لوغاريتمات الاحتمالات من واجهتك البرمجية (API)
ask-completions = { $logprobs } (أو حتى 20)
ask-llama = { $n_probs }؛ وأضف { $post } لتحصل على الاحتمالات بعد مراحل الاعتيان فيه
ask-streams = التدفقات تصلح أيضًا: الصق كل أسطر “{ $data }”، أو أسطر Ollama، كما وصلت.

## ما قُرئ: الإجابة في لمحة.
read-candidates =
    قُرئ النص على أنه { $format }: { $count ->
        [zero] لا مرشحات.
        [one] مرشح واحد.
        [two] مرشحان.
        [few] { $count } مرشحات.
        [many] { $count } مرشحًا.
       *[other] { $count } مرشح.
    }
read-answer =
    قُرئ النص على أنه { $format }: إجابة { $tokens ->
        [zero] بلا رموز
        [one] من رمز واحد
        [two] من رمزين
        [few] من { $tokens } رموز
        [many] من { $tokens } رمزًا
       *[other] من { $tokens } رمز
    }، أُدرجت بدائل لـ { $with } منها.
summary-tokens = الرموز
summary-loss = متوسط الخسارة لكل رمز
summary-perplexity = الحيرة
unscored =
    وصل { $unscored } من الرموز، من أصل { $tokens }، دون احتمالها؛ فالخسارة والحيرة محسوبتان على
    الباقي ({ $scored }).
perplexity-meaning =
    الحيرة { $perplexity } تعني أن النموذج كان في كل خطوة، في المتوسط، مترددًا كمن يختار بالتساوي
    من بين عدد من الرموز قدره { $perplexity }.
least-confident = الأقل ثقة:{ " " }
strip-label = الإجابة رمزًا رمزًا: اختر رمزًا لترى البدائل التي أدرجها النموذج عنده
token-quoted = “{ $token }”
token-probability = { $token }، { $probability }
token-no-probability = { $token }، بلا احتمال
legend-label = الاحتمال الذي أعطاه النموذج للرمز الذي اختاره:{ " " }
band-90 = 90% أو أكثر
band-50 = من 50 إلى 90%
band-20 = من 20 إلى 50%
band-0 = أقل من 20%
band-none = غير مُعطى
table-summary = الإجابة في جدول
table-caption = كل رمز في الإجابة مع الاحتمال الذي أعطاه له النموذج وخسارته، أي سالب ln p
column-step = الخطوة
column-token = الرمز

## الموضع المختار.
pasted-list = القائمة الملصقة
step-heading = الخطوة { $step } من { $steps }: اختار النموذج { $token }
alternatives-caption = الرموز الأرجح المُدرجة هنا ({ $count })، كما تدخل ساحة التجربة
column-logit-ln-p = اللوجيت: ln p
column-logit-playground = اللوجيت في ساحة التجربة
column-p-among = p بين هذه الرموز
mass-listed =
    أعطى النموذج هنا هذه الرموز، وعددها { $count }، نسبة { $share } من احتماله؛ وذهب الباقي
    ({ $rest }) إلى رموز لا تدرجها الاستجابة. تعيد ساحة التجربة توزيع الجزء المُدرج وحده، فيكون كل
    p أعلاه أكبر قليلًا من احتمال النموذج.
logits-as-given = هذه لوجيتات كما أُعطيت: تمررها ساحة التجربة عبر softmax.
candidates-listed = عدد المرشحات المُدرجة { $listed }؛ وتأخذ ساحة التجربة أرجح { $max } منها.
use-step = استعمل هذه الخطوة في ساحة التجربة
step-none =
    الخطوة { $step }: تُدرج الاستجابة هنا أقل من مرشحَين، فلا شيء للمقارنة. اختر رمزًا آخر.

## ما جرى في الطريق إلى ساحة التجربة.
explain-read =
    قُرئ النص على أنه { $format }: { $listed ->
        [zero] لا رموز لها قيم عددية
        [one] رمز واحد له قيمة عددية
        [two] رمزان لهما قيم عددية
        [few] { $listed } رموز لها قيم عددية
        [many] { $listed } رمزًا لها قيم عددية
       *[other] { $listed } رمز لها قيم عددية
    }، و{ $kept } في ساحة التجربة.
explain-logits = استُعملت لوجيتات كما أُعطيت: تحوّلها softmax إلى احتمالات.
explain-too-much =
    مجموعها { $mass } من الاحتمال، أي أكثر من 100%، فلا يمكن أن تأتي من توزيع واحد؛ لذا تستعملها
    ساحة التجربة لوجيتات.
explain-logprobs =
    هذه لوغاريتمات احتمالات: ln p = z − ln Σ eᶻ، أي كل لوجيت مطروحًا منه log-sum-exp على مفردات
    النموذج كلها. وطرح العدد نفسه من كل لوجيت لا يغيّر softmax، لذا تعيد softmax عليها احتمالات
    النموذج نفسها.
explain-probs =
    هذه احتمالات، فكل لوجيت هو ln p: وsoftmax على ln p تعيد p مقسومًا على مجموع قيم p المُدرجة.
explain-mass =
    كان لهذه الرموز هنا، وعددها { $kept }، نسبة { $share } من احتمال النموذج، ولبقية مفرداته
    { $rest }. تعيد ساحة التجربة التطبيع على الرموز المُدرجة، وهذا ما يفعله اعتيان top-k عند
    k = { $kept }.
explain-kept = لا تتسع ساحة التجربة لأكثر من { $max } رمزًا، فأبقت أرجح { $kept } من أصل { $listed }.
explain-dropped =
    { $count ->
        [zero] لم يُستبعد أي رمز
        [one] استُبعد رمز واحد
        [two] استُبعد رمزان
        [few] استُبعدت { $count } رموز
        [many] استُبعد { $count } رمزًا
       *[other] استُبعد { $count } رمز
    } بلا قيمة منتهية (NaN، أو لانهائية، أو احتمال 0).
explain-shifted =
    تمتد أشرطة التمرير من { $min } إلى { $max }، لذا أُزيحت كل القيم بمقدار { $shift }؛ ولا تتغير
    softmax حين تُزاح كل اللوجيتات بالمقدار نفسه.
explain-raised =
    { $count ->
        [zero] لم يبقَ بعد ذلك أي رمز أدنى من { $floor }.
        [one] بقي رمز واحد أدنى من { $floor } بعد ذلك، فضُبط على { $floor }، فكبر احتماله الضئيل قليلًا.
        [two] بقي رمزان أدنى من { $floor } بعد ذلك، فضُبطا على { $floor }، فكبر احتمالاهما الضئيلان قليلًا.
        [few] بقيت { $count } رموز أدنى من { $floor } بعد ذلك، فضُبطت على { $floor }، فكبرت احتمالاتها الضئيلة قليلًا.
        [many] بقي { $count } رمزًا أدنى من { $floor } بعد ذلك، فضُبطت على { $floor }، فكبرت احتمالاتها الضئيلة قليلًا.
       *[other] بقي { $count } رمز أدنى من { $floor } بعد ذلك، فضُبطت على { $floor }، فكبرت احتمالاتها الضئيلة قليلًا.
    }
explain-later =
    صارت كل الأقسام اللاحقة (أخذ العينات، والخسارة، والتدرجات، والأخطاء الشائعة) تعمل على هذه
    الرموز، ورابط المشاركة يحملها.

## ما فعله القارئ غير القراءة.
note-stream =
    تدفق { $count ->
        [zero] بلا أجزاء
        [one] من جزء واحد
        [two] من جزأين
        [few] من { $count } أجزاء
        [many] من { $count } جزءًا
       *[other] من { $count } جزء
    }، قُرئ إجابةً واحدة.
note-left-out =
    { $count ->
        [zero] لم يُستبعد أي مرشح مُدرج
        [one] استُبعد مرشح واحد مُدرج
        [two] استُبعد مرشحان مُدرجان
        [few] استُبعدت { $count } مرشحات مُدرجة
        [many] استُبعد { $count } مرشحًا مُدرجًا
       *[other] استُبعد { $count } مرشح مُدرج
    } بالقيمة سالب 9999: تكتبها الخوادم بمعنى “لم يُحسب”، وهي ليست لوغاريتم احتمال.
note-cut =
    لا يُحتفظ إلا بأول { $max } من المواضع؛ { $cut ->
        [zero] ولم يُستبعد غيرها.
        [one] واستُبعد موضع واحد آخر.
        [two] واستُبعد موضعان آخران.
        [few] واستُبعدت { $cut } مواضع أخرى.
        [many] واستُبعد { $cut } موضعًا آخر.
       *[other] واستُبعد { $cut } موضع آخر.
    }

## الصيغ التي يقرؤها المربع.
format-lines = أسطر رموز ولوجيتات
format-numbers = قائمة لوجيتات
format-json-object = كائن JSON من اللوجيتات
format-json-numbers = مصفوفة JSON من اللوجيتات
format-json-top-logprobs = قائمة JSON من لوغاريتمات الاحتمالات
format-openai-chat = استجابة chat متوافقة مع OpenAI
format-openai-legacy = استجابة completions قديمة متوافقة مع OpenAI
format-llama-cpp = استجابة llama.cpp فيها لوغاريتمات الاحتمالات
format-llama-cpp-probs = استجابة llama.cpp فيها الاحتمالات
format-openai-responses = استجابة من واجهة Responses في OpenAI
format-ollama = استجابة Ollama
format-tgi = استجابة Hugging Face TGI
format-gemini = استجابة Gemini

## ما الخطأ في النص الملصق.
too-large = حجم النص { $size } ميغابايت، وساحة التجربة لا تقرأ أكثر من { $max } ميغابايت.
empty = الصق بعض اللوجيتات أولًا: رمزًا ولوجيته في كل سطر، مثل “قطة 2.0”.
only-comments = لا شيء سوى تعليقات وأسطر فارغة: لم يُعثر على لوجيتات.
no-real-logprobs = كل موضع يُدرج أقل من لوغاريتمَي احتمال حقيقيين (القيمة سالب 9999 تعني “لم يُحسب”).
line-no-number = السطر { $line }: “{ $text }” لا عدد بعده.
line-no-number-after = السطر { $line }: لا عدد بعد “{ $text }”.
line-not-number = السطر { $line }: “{ $text }” ليس عددًا.
line-too-large = السطر { $line }: “{ $text }” أكبر من أن يكون لوجيتًا.
json-ends-early = ينتهي JSON مبكرًا عند المحرف { $at }: ينقصه شيء في آخره.
json-more-after = في JSON محتوى بعد نهاية قيمة JSON عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-too-deep = يتداخل JSON بعمق يتجاوز { $depth } مستوى عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-unexpected = في JSON محرف غير متوقع عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-bad-number = في JSON عدد مكتوب بصيغة خاطئة عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-needs-comma-array = يحتاج JSON هنا إلى فاصلة أو ] عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-needs-comma-object = يحتاج JSON هنا إلى فاصلة أو {"}"} عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-needs-key = يحتاج JSON هنا إلى مفتاح بين علامتي اقتباس عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-needs-colon = يحتاج JSON هنا إلى نقطتين (:) بعد المفتاح عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-unknown-escape = في JSON تسلسل هروب غير معروف بعد \ عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
json-bad-unicode = في JSON تسلسل \u غير صالح (يُنتظر أربعة أرقام ست عشرية) عند المحرف { $at } (السطر { $line }، العمود { $column }، '{ $found }').
stream-line = السطر { $line } من التدفق: { $error }
stream-no-logprobs = لا يحوي هذا التدفق أي جزء فيه لوغاريتمات احتمالات: اطلبها من الخادم (انظر الصيغ تحت المربع).
json-object-empty = كائن JSON هذا فارغ.
json-object-not-number = في كائن JSON هذا، قيمة “{ $key }” ليست عددًا.
json-array-empty = مصفوفة JSON هذه فارغة.
json-array-other = في مصفوفة JSON هذه شيء غير الأعداد أو أزواج { $pair }.
json-unknown =
    ليس JSON هذا على أي من الأشكال التي تقرؤها ساحة التجربة: كائن من لوجيتات الرموز، أو مصفوفة
    أعداد، أو استجابة فيها لوغاريتمات احتمالات (OpenAI chat أو completions أو Responses، أو
    llama.cpp، أو Ollama، أو Hugging Face TGI، أو Gemini).
no-logprobs = لا يوجد { $field } في هذه الاستجابة: اطلبها بـ { $ask } و{ $top }.
no-logprobs-gemini = لا يوجد { $field } في هذه الاستجابة: اطلبه بـ { $ask } و{ $top } في إعدادات التوليد.
no-top =
    لا يوجد { $field } في هذه الاستجابة: اطلبها بـ { $chat } (chat وResponses وOllama)، أو { $legacy }
    (completions القديمة)، أو { $llama } (llama.cpp)، أو { $tgi } (TGI)، أو { $gemini } في إعدادات
    التوليد (Gemini).
one-token = كل موضع يُدرج رمزًا واحدًا فقط؛ اطلب { $field } بقيمة 2 أو أكثر.
prob-out-of-range = يجب أن يقع الاحتمال بين 0 و1؛ وقيمة “{ $token }” هي { $value }.
too-few = تحتاج ساحة التجربة إلى رموز لها قيم منتهية لا يقل عددها عن { $min }؛ وهنا { $listed }.
empty-token = (فارغ)
