## قسم الاستقرار العددي.

lede =
    على الورق، لا تبالي دالة softmax إن زادت كل اللوجيتات (logits) بالمقدار نفسه. أما في الحاسوب
    فتبالي: e^z تنمو بسرعة تجعل لوجيتًا من بضع مئات يتجاوز أكبر عدد يتسع له عدد الفاصلة العائمة.
    والعلاج عملية طرح واحدة، تجريها كل المكتبات.

## النسخة المثبتة من الرسم على الهاتف: عنوانها.
pinned-overflow = عدد أرقام المقام الساذج

formula = softmax عند z i تساوي e أس z i ناقص m، مقسومًا على مجموع e أس z j ناقص m لكل قيم j، حيث m أكبر لوجيت

summary-fails = الإزاحة { $offset }: دالة softmax الساذجة تفشل. { $verdict }
summary-agree = الإزاحة { $offset }: دالتا softmax الساذجة والمستقرة متفقتان.

## ما أصاب الصيغة الساذجة.
verdict-overflow =
    فيضان: e^(z + c) أكبر من أن تتسع لها { $precision } حين يتجاوز z + c نحو { $limit }، ف{ $count ->
        [zero] لا يصير أي حد ∞
        [one] يصير حد واحد ∞
        [two] يصير حدان ∞
        [few] تصير { $count } حدود ∞
        [many] يصير { $count } حدًّا ∞
       *[other] يصير { $count } حد ∞
    }، ويصير المجموع ∞، و∞ / ∞ هو NaN (ليس عددًا).
verdict-sum-overflow =
    فيضان في المجموع: كل e^(z + c) ما زالت تتسع لها { $precision }، لكنها مجتمعةً تتجاوز أكبر عدد
    فيها، فيصير المجموع ∞ وتخرج كل قيم p الساذجة 0.
verdict-underflow = غيض: قُرّبت كل e^(z + c) إلى 0 في { $precision }، و0 / 0 هو NaN.
verdict-agree =
    العمودان متفقان: كل e^(z + c) ما زالت تتسع لها { $precision }. أما العمود المستقر فلا يتحرك
    أبدًا، مهما كانت c.

## بطاقة: ارفع كل لوجيت بمقدار c
offset-title = ارفع كل لوجيت بمقدار c
offset-slider = الإزاحة c، تضاف إلى كل لوجيت
offset-valuetext-overflows = الإزاحة { $offset }، فيضان في softmax الساذجة
offset-valuetext-works = الإزاحة { $offset }، ما زالت softmax الساذجة تعمل
precision-legend = دقة softmax الساذجة
precision-f64 = f64 (دقة مزدوجة)
precision-f32 = f32 (دقة مفردة، كما في أغلب وحدات GPU)
examples-label = أمثلة
readout-overflow-at = قيمة c التي تفيض بعدها الساذجة
readout-largest-shifted = أكبر z + c
column-token = الرمز
column-exp-naive = e^(z+c) الساذجة
column-naive-p = p الساذجة
column-stable-p = p المستقرة
column-offset = الإزاحة c
table-stability = softmax الساذجة والمستقرة لـ z + c، جنبًا إلى جنب
legend-digits = عدد أرقام المقام
legend-largest = أكبر عدد في { $precision }
axis-offset = الإزاحة c
overflow-past = فيضان بعد نحو { $limit }
row-largest = أكبر عدد في { $precision } (الإزاحة { $offset })
overflow-caption =
    عدد أرقام المقام الساذج Σ e^(z + c) مقابل c. يصعد في خط مستقيم حتى يبلغ أكبر عدد يمكن تمثيله
    (الخط المتقطع)، وبعده يصير ∞. انتقل إلى f32 لترى كم يأتي ذلك أبكر.
overflow-label = عدد أرقام المقام الساذج مقابل الإزاحة، وأكبر عدد يمكن تمثيله سقفًا
overflow-table = عدد أرقام المقام الساذج بحسب الإزاحة

## بطاقة: log-sum-exp وlog-softmax
lse-title = log-sum-exp وlog-softmax
lse-text =
    الحيلة نفسها تعطي لوغاريتم المقام، log‑sum‑exp، دون أن تكوّن عددًا ضخمًا أبدًا: أخرج أكبر لوجيت
    m، فيبقى داخل اللوغاريتم ما يقع بين 1 وعدد الرموز.
column-log-softmax = log-softmax = z + c − logsumexp
column-ln-naive = ln p الساذج، { $precision }
column-p-log-softmax = p = e^(log-softmax)
log-softmax-table = log-softmax للوجيتات المُزاحة
underflow-text =
    الخسارة تحتاج إلى لوغاريتم احتمال. وحساب softmax أولًا ثم اللوغاريتم يفشل في الاتجاه المعاكس:
    الرمز الذي يقع أدنى بكثير من البقية يأخذ احتمالًا يُقرَّب إلى 0 تمامًا، وسالب ln 0 لانهائي. أما
    log_softmax(z) = z − logsumexp(z) فلا يكوّن ذلك الاحتمال أبدًا، فتبقى الخسارة منتهية. لهذا
    تحسب شيفرة التدريب الإنتروبيا المتقاطعة من اللوجيتات.
column-naive-loss = ساذجة: L = −ln softmax(z)
column-stable-loss = مستقرة: L = −log_softmax(z)
underflow-table = اللوجيتات 0 وسالب 50 وسالب 800: خسارة كل رمز، ساذجةً ومستقرةً

## توقّع أولًا: الأسئلة.
predict-naive = اللوجيتان 1000 و999، بالصيغة الساذجة. ما الناتج؟
predict-f32 = في f32، ما أكبر لوجيت تبقى eᶻ له عددًا منتهيًا؟
challenge-infinite = بلوجيتات منتهية، اجعل الصيغة الساذجة تعطي خسارة لانهائية؛ ثم اقرأ الخسارة المنتهية التي يعطيها log-softmax.
