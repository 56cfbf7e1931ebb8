## الإطار: ما يظهر حول كل قسم.

-brand = Softmax Lab
brand = { -brand }

## عناوين الأقسام.
title-overview = نظرة شاملة
title-softmax = اللوجيتات ودالة softmax
title-sampling = درجة الحرارة وأخذ العينات
title-loss = الإنتروبيا المتقاطعة
title-gradients = التدرجات
title-training = حلقة التدريب
title-stability = الاستقرار العددي
title-attention = دالة softmax في الانتباه
title-pitfalls = أخطاء شائعة
title-quiz = اختبر نفسك

## الترويسة والشاشة الأولى.
tagline = تعلّم softmax ودرجة الحرارة وtop-p والإنتروبيا المتقاطعة بالتجربة.
skip-to-lesson = انتقل إلى الدرس
nav-label = أقسام الدرس
nav-previous = السابق
nav-next = التالي
nav-where = { $number } / { $last } · { $title }
section-number = القسم { $number }

## القراءة بصوت مرتفع.
read-aloud-group = قراءة القسم بصوت مرتفع
read-aloud = قراءة صوتية
read-pause = إيقاف مؤقت
read-stop = إيقاف

## مشاركة / تضمين.
share-button = مشاركة / تضمين

nav-previous-to = السابق: { $title }
nav-next-to = التالي: { $title }
pager-label = القسم السابق والتالي
pager-title = { $number }. { $title }

## الصفحة حول القسم.
open-full-lesson = افتح الدرس بأكمله
footer =
    يعمل Softmax Lab كله في متصفحك: لا خادم ولا ملفات تعريف ارتباط ولا تتبع. كل رقم في الصفحة
    يُحسب في لحظته.
section-text-failed = تعذّر تحميل نص هذا القسم (هل أنت غير متصل؟). افتح القسم مجددًا لإعادة المحاولة.

## عناصر تستعملها الأقسام كلها.
show-numbers = اعرض الأرقام: { $caption }
pinned-hide = إخفاء هذه النسخة
token-name = اسم الرمز { $number }
token-logit = لوجيت { $token }
token-remove = احذف { $token }
token-remove-title = احذف هذا الرمز
token-valuetext = { $token }: اللوجيت { $logit }، الاحتمال { $probability }
slider-box = { $label } (اكتب قيمة)
formula-softmax = p i يساوي e أس z i، مقسومًا على مجموع e أس z j لكل قيم j
paste-open = الصق مخرجات نموذج

## توقّع أولًا، والتحدي.
predict-first = توقّع أولًا
challenge = التحدي
predict-done = تم
predict-loading = جارٍ تحميل البطاقة…
predict-load-failed = تعذّر تحميل البطاقة. تحقق من الاتصال، ثم أغلقها وافتحها من جديد.
progress = تم { $done } من { $total }
progress-clear = امسح تقدّمي
paste-loading = جارٍ تحميل مربع اللصق…
paste-load-failed = تعذّر تحميل مربع اللصق (هل أنت غير متصل؟). أغلقه وافتحه مجددًا لإعادة المحاولة.
share-load-failed = مشاركة / تضمين: تعذّر التحميل (هل أنت غير متصل؟). حاول مرة أخرى.
preset-default = قيم الدرس
preset-equal = كلها متساوية
preset-dominant = رمز مهيمن
preset-tied = رمزان متعادلان
presets-label = أمثلة جاهزة
presets-try = جرّب:

## أزرار الشرح خطوة بخطوة.
step-done = (تم)
step-back = رجوع
step-next = التالي
step-count = الخطوة { $step } من { $count }
step-then = التالي: { $number }. { $title }

## إصدار جديد.
update-title = نسخة جديدة من الدرس جاهزة.
update-text = أعد التحميل لتستعملها؛ تحتفظ أشرطة التمرير بقيمها، فهي محفوظة في الرابط.
update-reload = أعد التحميل
update-later = لاحقًا
page-title = { $section } – { -brand }

## رسائل مربع الأرقام بعد كتابة قيمة.
slider-clamped = أُبقيت القيمة بين { $min } و{ $max }: ضُبطت على { $value }.
slider-not-number = “{ $text }” ليس رقمًا: أدخل رقمًا من { $min } إلى { $max }.

## عناصر تحكم مشتركة.
temperature-label = درجة الحرارة T
target-label = الكلمة التالية فعلًا

token-fallback = الرمز { $number }
word-separator = { "، " }
value-nats = { $value } نات

default-tokens = قطة,كلب,طائر,سمكة

language-label = اللغة

## مجموعات الرموز في الأمثلة.
example-support-tokens = استرداد,استبدال,تصعيد
example-sentence-tokens = السجادة,الأرض,الأريكة,السطح,القمر
spare-tokens = حصيرة,قبعة,أريكة,صندوق,شجرة,سيارة,سجادة,سرير,شمس,كوب,حضن,سطح
frame-sentence = جلست القطة على { $token }.
frame-any = الرمز التالي: { $token }
