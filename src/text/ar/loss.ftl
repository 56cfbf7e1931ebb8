## القسم 3: الإنتروبيا المتقاطعة.

lede =
    يحتاج التدريب إلى رقم واحد يقول كم أخطأ التنبؤ. لا تنظر الإنتروبيا المتقاطعة إلا إلى الاحتمال
    الذي أعطاه النموذج للكلمة التي جاءت فعلًا، وتأخذ سالب لوغاريتمه: الثقة مع الصواب لا تكلّف شيئًا
    تقريبًا، والثقة مع الخطأ تكلّف كثيرًا.

## عنوان نسخة الرسم المثبّتة على الهاتف.
pinned-smoothing = الهدف والتنبؤ
pinned-loss-curve = الخسارة L = −ln p
pinned-distillation = أهداف ناعمة

formula = L تساوي سالب اللوغاريتم الطبيعي لاحتمال الرمز الصحيح p
formula-subscript = الصحيح

summary = الاحتمال { $probability }: الخسارة { $loss } نات، والحيرة { $perplexity }.

value-bits = { $value } بت

## بطاقة: ما مدى ثقة النموذج؟
confidence-title = ما مدى ثقة النموذج؟
confidence-sentence = القطة { $word }
confidence-word = جلست
confidence-slider = احتمال “{ $word }” عند النموذج
confidence-valuetext = احتمال { $word } { $probability }، الخسارة { $loss }
confidence-bits = القياس بالبت (لوغاريتم أساسه 2) بدل النات
readout-loss = الخسارة L = −ln p
readout-perplexity = الحيرة (1 على p)
axis-probability-correct = احتمال الكلمة الصحيحة
axis-loss-nats = الخسارة (نات)
axis-loss-bits = الخسارة (بت)
marker-loss = الخسارة { $loss }
curve-terrible = كارثية ←
curve-perfect = → مثالية
column-loss-nats = الخسارة (نات)
column-perplexity = الحيرة
confidence-caption = الخسارة (L = −ln p) صفر حين يكون النموذج واثقًا ومصيبًا، وتصعد بلا حد كلما صغر p. النقطة هي إعدادك.
confidence-label = منحنى الخسارة مقابل احتمال الكلمة الصحيحة، مع تعليم الإعداد الحالي
confidence-table = الخسارة عند احتمالات مرجعية

## بطاقة: مقابل هدف one-hot
onehot-title = مقابل هدف one-hot
onehot-hint = انقر الكلمة التي جاءت فعلًا. احتمالها هو الوحيد الذي تقرؤه الخسارة.
onehot-load-sentence = استعمل خمس تكملات للجملة
readout-onehot-loss = الخسارة
readout-onehot-perplexity = الحيرة eᴸ
scenarios-label = حالات
scenarios-try = حالات:
scenario-confident-right = واثق ومصيب
scenario-uncertain = متردد
scenario-confident-wrong = واثق ومخطئ
onehot-table = التنبؤ والهدف وكل حد من المجموع
column-token = الرمز
row-sum = المجموع

## بطاقة: حين لا يكون الهدف one-hot (تنعيم التسميات)
smoothing-title = حين لا يكون الهدف one-hot
smoothing-text =
    يدرّب تنعيم التسميات النموذج على هدف أنعم: يأخذ كل رمز ε/K (حيث K عدد الرموز)، ويأخذ الرمز
    الصحيح فوقها مقدار 1 ناقص ε، أي: <strong>y = (1 − ε) · one-hot + ε/K</strong>. وهذا بالضبط ما تفعله
    <code>{ $call }</code> في PyTorch؛ واستعمله Szegedy وزملاؤه (2016) ليمنعوا مصنِّف صور من
    الإفراط في الثقة.
smoothing-slider = تنعيم التسميات ε (0 = one-hot)
smoothing-valuetext = تنعيم التسميات { $smoothing }، الخسارة { $loss }
readout-smoothing-loss = الخسارة L = −Σ y ln p
readout-smoothing-floor = أدنى خسارة ممكنة (عند p = y)
readout-smoothing-gap = تقدّم اللوجيت الصحيح عند أدنى خسارة
gap-unlimited = ∞، بلا حد
push-one-hot =
    p − y على “{ $word }” يساوي { $push }: مع هدف one-hot يبقى سالبًا مهما تنبأ النموذج، فكل خطوة
    ترفع ذلك اللوجيت من جديد، ولا تبلغ الخسارة 0 إلا حين يبلغ p القيمة 1.
push-negative =
    p − y على “{ $word }” يساوي { $push }: سالب، فخطوة التدريب ما زالت ترفع ذلك اللوجيت؛ وتتوقف
    حين يبلغ p قيمة y.
push-positive =
    p − y على “{ $word }” يساوي { $push }: موجب، فالنموذج أوثق مما يسمح به الهدف، والخطوة تخفض ذلك
    اللوجيت.
push-zero =
    p − y على “{ $word }” يساوي { $push }: صفر، فالتنبؤ يطابق الهدف، والخطوة لا تمس ذلك اللوجيت.
smoothing-floor =
    لم تعد الخسارة قادرة على بلوغ 0: حدها الأدنى إنتروبيا y، وتبلغه حين p = y. وعندها يتقدم
    اللوجيت (logit) الصحيح c على كل لوجيت آخر j بمقدار ln(y<sub>c</sub> / y<sub>j</sub>)، وهي فجوة
    محدودة، فتكف اللوجيتات عن النمو ويبقى النموذج مترددًا قليلًا عن قصد.
column-target = الهدف y
smoothing-caption =
    الأعمدة: الهدف المنعَّم y، والرمز الصحيح مميَّز. الأعمدة الباهتة خلفها: p النموذج. تكون الخسارة
    أدنى ما يمكن حين يتطابقان.
smoothing-label = رسم بياني بالأعمدة للهدف المنعَّم لكل رمز، واحتمالات النموذج أعمدة باهتة خلفه
smoothing-table = تنعيم التسميات: التنبؤ والهدف المنعَّم وكل حد من الخسارة

## بطاقة: أهداف المعلم الناعمة (التقطير المعرفي)
distillation-title = أهداف المعلم الناعمة
distillation-text =
    في التقطير المعرفي يتعلم نموذج طالب صغير من احتمالات معلم كبير بدل تسميات one-hot. اعتبر
    لوجيتات ساحة التجربة لوجيتات المعلم: الأهداف هي <strong>qₜ = softmax(z / T)</strong>، وتُقسم
    لوجيتات الطالب على T نفسها، ويسعى الطالب إلى تصغير T² KL(qₜ ‖ pₜ).
distillation-slider = درجة حرارة التقطير T
distillation-valuetext = T { $t }، حصة الرموز الأخرى { $share }
readout-distill-others = حصة الرموز الأخرى عند T
readout-distill-loss = خسارة الطالب T² KL(qₜ ‖ pₜ)
readout-distill-push = أكبر دفعة على لوجيت للطالب
readout-distill-push-plain = الدفعة نفسها بلا T²
dark-at-one =
    عند درجة الحرارة 1 يعطي المعلم “{ $top }” { $probability } وتتقاسم البقية { $rest }. ارفع T تنل البقية
    حصة أكبر: كلما نعمت الأهداف زاد ما يتعلم منه الطالب.
dark-softened =
    عند درجة الحرارة 1 يعطي المعلم “{ $top }” { $probability } وتتقاسم البقية { $rest }. وعند درجة الحرارة { $t }
    تتقاسم { $soft }، فيتعلم الطالب أيضًا كيف يرتبها المعلم: { $ranking }. هذا الترتيب للإجابات
    الخاطئة، الذي تُهدره تسمية one-hot، هو ما سماه Hinton وزملاؤه المعرفة المظلمة.
dark-ranking-word = “{ $token }”
dark-ranking-before = { $earlier } قبل { $later }
distillation-factor =
    الطالب هنا لم يتعلم شيئًا بعد (كل لوجيتاته 0). تدرج KL وحده هو الفرق pₜ − qₜ مقسومًا
    على T، والتنعيم يقسم هذا الفرق أيضًا على T تقريبًا، فلولا معامل لانقسمت الدفعة على T². وضرب الخسارة
    في T² يبقي الدفعة بالقوة نفسها تقريبًا عند أي T، فتُمزج الخسارة الناعمة بالعادية دون إعادة ضبط.
column-push-student = دفعة الطالب T(p−q)
distillation-caption =
    الأعمدة: الأهداف الناعمة عند T، ومفضَّل المعلم مميَّز. الأعمدة الباهتة خلفها: اللوجيتات نفسها عند
    درجة الحرارة 1.
distillation-label = رسم بياني بالأعمدة لأهداف المعلم الناعمة عند درجة الحرارة المختارة، واحتمالات T = 1 أعمدة باهتة خلفها
distillation-table = التقطير: أهداف المعلم الناعمة عند درجة الحرارة 1 وعند T

## توقّع أولًا، والتحدي.
predict-uniform = نموذج لا يعرف شيئًا يوزّع احتماله بالتساوي على رموز GPT‑2 البالغة 50,257 رمزًا. ما خسارته بالنات؟
predict-drops = ينخفض احتمال الكلمة الصحيحة من 0.9 إلى 0.5، أو من 0.1 إلى 0.01. أيهما يكلّف خسارة أكبر؟
challenge-under = اجعل الخسارة أقل من 0.1 نات.
