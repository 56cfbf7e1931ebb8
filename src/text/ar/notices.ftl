## تنبيهات عن رابط: أي إعداد فيه لم يُستعمل كما هو، وما استعمله الدرس بدلًا منه.

param-temperature = درجة الحرارة
param-top-p = top-p
param-min-p = min-p
param-probability-of-correct-token = احتمال الرمز الصحيح
param-label-smoothing = تنعيم التسميات
param-distillation-temperature = درجة حرارة التقطير
param-learning-rate = معدل التعلم
param-finite-difference-step = خطوة الفرق المحدود
param-offset = الإزاحة
param-training-set-size = حجم مجموعة التدريب
param-training-speed = سرعة التدريب
param-key-dimension-dk = بُعد المفتاح d_k
param-query-scale = معامل ضرب الاستعلامات
param-seed = البذرة
param-unknown-section = لا يوجد قسم اسمه “{ $value }”؛ يُعرض القسم “نظرة شاملة”.
param-unknown-precision = لا توجد دقة اسمها “{ $value }”؛ استعمل f64 أو f32.
param-unknown-mask = لا يوجد قناع اسمه “{ $value }”؛ استعمل inf أو zero أو none.
param-unknown-theme = لا توجد سمة اسمها “{ $value }”؛ استعمل light أو dark أو contrast.
param-changed = مدى { $setting } من { $min } إلى { $max }؛ فغُيّرت { $value } إلى { $clamped }.
param-not-whole = يجب أن تكون قيمة { $setting } عددًا صحيحًا من { $min } إلى { $max }؛ فاستُعملت { $default }.
param-not-number = يجب أن تكون قيمة { $setting } عددًا، لا “{ $value }”؛ فاستُعملت { $default }.
param-not-flag = { $key } يقبل 1 أو 0، لا “{ $value }”.
param-top-k-above = كان top-k يساوي { $value }، وهذا أكبر من أقصى قيمة متاحة ({ $max })؛ فعُطّل.
param-top-k-bad = يجب أن يكون top-k عددًا صحيحًا من 0 (معطّل) إلى { $max }؛ فعُطّل.
param-target-bad = يجب أن يكون الرمز الصحيح عددًا من 0 إلى { $max }؛ فاستُعمل الأول.
param-hide-unknown = لا يوجد عنصر تحكم اسمه “{ $value }” لإخفائه.
param-too-many-tokens = عدد الرموز في الرابط { $count }؛ يحتفظ الدرس بأول { $max } منها.
param-names-cut = لا يتجاوز عدد حروف اسم الرمز { $max }؛ وقد قُصّرت الأسماء الأطول.
param-names-markup = تُعرض أسماء الرموز نصًا عاديًا، لا HTML أبدًا.
param-too-few-tokens = يحتاج الدرس إلى عدد من الرموز لا يقل عن { $min }؛ فاستُعملت الرموز الافتراضية.
param-logits-not-numbers =
    { $count ->
        [zero] كل اللوجيتات في الرابط أعداد.
        [one] لوجيت واحد في الرابط لم يكن عددًا؛ فضُبط على 0.
        [two] لوجيتان في الرابط لم يكونا عددين؛ فضُبطا على 0.
        [few] { $count } لوجيتات في الرابط لم تكن أعدادًا؛ فضُبطت على 0.
        [many] { $count } لوجيتًا في الرابط لم تكن أعدادًا؛ فضُبطت على 0.
       *[other] { $count } لوجيت في الرابط لم تكن أعدادًا؛ فضُبطت على 0.
    }
param-logits-clamped =
    مدى اللوجيتات من { $min } إلى { $max }؛ { $count ->
        [zero] ولم تُغيَّر أي قيمة
        [one] فأُعيدت قيمة واحدة إلى هذا المدى
        [two] فأُعيدت قيمتان إلى هذا المدى
        [few] فأُعيدت { $count } قيم إلى هذا المدى
        [many] فأُعيدت { $count } قيمة إلى هذا المدى
       *[other] فأُعيدت { $count } قيمة إلى هذا المدى
    }.
param-too-many-logits = عدد اللوجيتات في الرابط { $count }؛ يحتفظ الدرس بأول { $max } منها.
param-too-few-logits = يحتاج الدرس إلى عدد من اللوجيتات لا يقل عن { $min }؛ فاستُعملت اللوجيتات الافتراضية.
param-counts-differ = عدد الرموز في الرابط { $tokens } وعدد اللوجيتات { $logits }؛ فاللوجيتات الناقصة تساوي 0، والزائدة تُحذف.
param-old-version = أُنشئ هذا الرابط بإصدار آخر من الدرس؛ فقُرئ على أنه الإصدار 1.
param-unknown-language = لا توجد في هذا الدرس لغة اسمها “{ $value }”؛ فهو يُعرض بلغة متصفحك.

## شريط التنبيهات: عنوانه، وزر إغلاقه.
link-notices-title = في هذا الرابط إعدادات لم يستطع الدرس استعمالها كما هي:
lms-notices-title = لم يسجّل نظام إدارة التعلم لديك كل شيء:
dismiss = إغلاق

## ما رفضه نظام إدارة التعلم (حزمة SCORM فقط).
lms-missing = لا يحتوي نظام إدارة التعلم على { $call }
lms-failed = فشل { $call } داخل نظام إدارة التعلم
lms-refused = رُفض { $call }({ $value }): { $text } (الخطأ { $code })
lms-invalid = { $element } = “{ $value }” ليس من SCORM 1.2؛ لم يُرسل
