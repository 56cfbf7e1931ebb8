## القسم 2: درجة الحرارة وtop-k وtop-p وأخذ العينات.

lede =
    لا يلزم النموذج أن يقول كلمته المفضلة دائمًا. يمكنه أن يأخذ عينة: يختار رمزًا (token) عشوائيًا،
    لكل رمز فرصة بقدر احتماله. تعيد درجة الحرارة تشكيل الاحتمالات أولًا، ثم يقطع top-k وtop-p الذيل
    قليل الاحتمال. وتطبّقها Hugging Face وvLLM بهذا الترتيب: القسمة على T، ثم top-k، ثم softmax،
    ثم top-p، ثم إعادة التطبيع، ثم السحب.
formula = p i يساوي e أس z i على T، مقسومًا على مجموع e أس z j على T لكل قيم j
summary = الرموز الباقية: { $kept } من { $size }؛ الإنتروبيا { $entropy } نات.

## بطاقة الإعدادات.
settings-title = الإعدادات
pinned-sampling = التوزيع الذي تُسحب منه العينات
vocab-legend = المفردات
vocab-tokens = هذه الرموز ({ $count })
vocab-real = مفردات حقيقية ({ $size } رمز)
valuetext-greedy = درجة الحرارة { $temperature }، الرمز الأرجح دائمًا تقريبًا (الاختيار الجشع)
valuetext-sharper = درجة الحرارة { $temperature }، توزيع أحدّ من توزيع النموذج الأصلي
valuetext-own = درجة الحرارة { $temperature }، توزيع النموذج الأصلي
valuetext-flatter = درجة الحرارة { $temperature }، توزيع أكثر تسطحًا: تكسب الرموز النادرة
top-k-label = Top-k (معطّل عند 0)
top-p-label = Top-p
min-p-label = Min-p (معطّل عند 0)
valuetext-top-k-off = top-k معطّل، تبقى كل الرموز
valuetext-top-k = top-k { $k }، الرموز الباقية { $kept } من { $size }
valuetext-top-p = top-p { $p }، الرموز الباقية { $kept } من { $size }
valuetext-min-p-off = min-p معطّل، تبقى كل الرموز
valuetext-min-p = min-p { $m }، الرموز الباقية { $kept } من { $size }
settings-hint =
    ضبط top-k على 0 وtop-p على 1 وmin-p على 0 يعطّل هذه المرشحات. عند درجة الحرارة 0.05 يأخذ الرمز الأرجح
    الاحتمال كله تقريبًا: يصير أخذ العينات اختيارًا جشعًا.
min-p-adapts =
    حدّ min-p نسبة من احتمال الرمز الأرجح، فهو يتبع ثقة النموذج. في نموذج واثق (الرمز الأول
    { $sure-top }، وعشرة غيره { $sure-last } لكل منها) يُبقي min-p بقيمة { $min-p } من الرموز { $sure-min-p }
    من 11، بينما يحتاج top-p بقيمة { $top-p } إلى { $sure-top-p } ليجمع كتلته الاحتمالية. وفي نموذج متردد
    (الرمز الأول { $unsure-top }، والأخير { $unsure-last }) يُبقي min-p منها { $unsure-min-p }، ويُبقي
    top-p منها { $unsure-top-p }.
readout-entropy = الإنتروبيا
readout-entropy-value = { $entropy } نات
readout-bits = بالبت
readout-bits-value = { $bits } بت
readout-choices = عدد الخيارات الفعلي eᴴ
readout-kept = الرموز الباقية
readout-kept-value = { $kept } من { $size }
examples-label = أمثلة
examples-try = أمثلة:
example-sentence = جلست القطة على …
edit-tokens = عدّل الرموز واللوجيتات

## التوزيع الذي تُسحب منه العينات.
distribution-title = التوزيع الذي يسحب منه النموذج
distribution-caption =
    الأعمدة المصمتة: التوزيع النهائي، الأرجح أولًا. الأعمدة الباهتة: التوزيع عند درجة الحرارة 1. المخططة بـ✕: ما حذفه
    top-k أو top-p أو min-p. الخط: الاحتمال التراكمي الذي يقارنه top-p بعتبته؛ والخط المتقطع الأدنى
    حدّ min-p، وهو نسبة من احتمال الرمز الأرجح. ومع المفردات الحقيقية تمثّل الأعمدة المراتب من 1 إلى
    20، ويجمع العمود الأخير كل الرموز الأخرى.
distribution-label = رسم بياني بالأعمدة لتوزيع أخذ العينات بعد درجة الحرارة وtop-k وtop-p وmin-p
distribution-table = المراحل، رمزًا رمزًا
threshold-top-p = top-p { $p }
threshold-min-p = min-p { $m } × الأعلى
column-token = الرمز
column-p-base = p الأصلي
column-p-scaled = p عند T
column-kept = يبقى
column-sampled = p للسحب
kept-yes = نعم
kept-no = لا ({ $filter })
vocab-token = الرمز { $id }
vocab-other = أحد الرموز الأخرى ({ $count })
ranks-caption =
    احتمال كل رمز مقابل رتبته، والمحوران لوغاريتميان: ذيل طويل من الرموز النادرة. العلامة تبيّن أين
    تنتهي النواة.
ranks-label = الرتبة مقابل الاحتمال على محورين لوغاريتميين، مع تعليم نهاية النواة
ranks-table = الاحتمال حسب الرتبة
series-at-t = عند T
axis-rank = الرتبة
axis-probability = الاحتمال
nucleus-ends = نهاية النواة: { $count }
column-rank = الرتبة

## سحب الرموز.
draws-title = اسحب رموزًا
draw-buttons = اسحب رموزًا
draw-n = اسحب { $count }
draw-clear = امسح
draw-new-seed = بذرة جديدة
readout-draws = السحبات
readout-gap = أكبر فرق عن القيمة الدقيقة
readout-noise = الفرق المعتاد: 0.5 على جذر n
readout-seed = البذرة
draws-caption =
    الأعمدة المصمتة: نصيب كل رمز من سحباتك (مع إبراز آخر سحبة). الأعمدة الباهتة: الاحتمالات
    الدقيقة. كلما زادت السحبات اقتربت منها.
draws-label = مدرج تكراري للسحبات بجانب الاحتمالات الدقيقة
draws-table = السحبات لكل رمز
column-exact = p الدقيقة
column-draws = السحبات
column-share = النسبة
row-all = الكل
draws-hint =
    تأتي السحبات من مولّد ببذرة: البذرة نفسها والإعدادات نفسها تعطي دائمًا السحبات نفسها، فيعيدها
    الرابط المشترك كما هي. وتغيير أي إعداد يمرّر الأعداد العشوائية نفسها عبر التوزيع الجديد.

## أي درجة حرارة ومتى؟
uses-title = أي درجة حرارة ومتى؟
uses-low-title = T منخفضة (0.1 إلى 0.4): الشيفرة والحقائق والاستخراج
uses-low-text =
    حين تكون متابعة واحدة هي الصحيحة، أبقِ النموذج على أفضل تخمين لديه. الخطأ المطبعي في اسم متغير
    ليس إبداعًا.
uses-high-title = T أعلى (0.8 إلى 1.2): القصص والعصف الذهني
uses-high-text =
    حين تصلح متابعات كثيرة، اسمح للأقل احتمالًا بالمرور. وإن بالغت في رفعها انجرف النص إلى الهراء.
uses-set = اضبط T على { $temperature }
uses-logits =
    تقسم درجة الحرارة <strong>اللوجيتات</strong> (logits) قبل softmax، ولا تغيّر مقياس الاحتمالات
    بعدها. والقسمة على T تعادل رفع كل احتمال إلى الأس 1 على T ثم إعادة التطبيع، ولهذا لا يتغير ترتيب
    الرموز أبدًا، بل تتغير المسافات بينها فقط.

## مكتبات أخرى وترتيبات أخرى.
orders-title = مكتبات أخرى، ترتيب آخر
orders-text =
    كل ما سبق يتبع Hugging Face transformers وvLLM. أما سلسلة llama.cpp الافتراضية فتختار ما ينجو من
    top-k وtop-p وmin-p من التوزيع الأصلي (درجة الحرارة 1)، وتطبّق درجة الحرارة في النهاية، فلا تستطيع درجة حرارة
    مرتفعة أن تُدخل رموزًا إضافية. وكثير من واجهات API تفعّل top-k افتراضيًا أيضًا، غالبًا عند 40 أو 50.
orders-compare = قارن الترتيبين على لوجيتات ساحة التجربة
orders-table = درجة الحرارة أولًا (Hugging Face) مقابل أخيرًا (llama.cpp)
column-temperature-first = درجة الحرارة أولًا
column-temperature-last = درجة الحرارة أخيرًا
orders-differ =
    هنا يهم الترتيب: مع درجة الحرارة أولًا { $first ->
        [zero] لا يبقى أي رمز
        [one] يبقى رمز واحد
        [two] يبقى رمزان
        [few] تبقى { $first } رموز
        [many] يبقى { $first } رمزًا
       *[other] يبقى { $first } رمز
    }، ومع درجة الحرارة أخيرًا يبقى { $last }.
orders-shift = يُبقي الترتيبان الرموز نفسها ({ $count })، لكن احتمالاتها تختلف بما يصل إلى { $diff }.
orders-same =
    هنا يعطي الترتيبان التوزيع نفسه. اخفض top-p وأبعد درجة الحرارة عن 1 لترى الفرق بينهما.

## توقّع أولًا، والتحدي.
predict-cold = اخفض درجة الحرارة نحو 0.05. ماذا يحدث لاحتمال قطة؟
predict-min-p = اضبط min-p على 0.1 وارفع درجة الحرارة من 0.5 إلى 2: كم رمزًا يبقى؟
challenge-three = أبقِ 3 رموز بالضبط باستعمال top-p وحده.
