## 第 3 节：交叉熵。

lede =
    训练需要一个数字来说明预测错得有多厉害。交叉熵只看模型给“真正的下一个词”的概率，取其对数的相反数：很有把握又猜对了，几乎没有损失；很有把握却猜错了，损失很大。

## 手机上固定显示的图表副本：标题。
pinned-smoothing = 目标与预测
pinned-loss-curve = 损失 −ln p
pinned-distillation = 软目标

formula = L 等于正确词元的概率 p 的自然对数取负
formula-subscript = 正确

summary = 概率 { $probability }：损失 { $loss } nats，困惑度 { $perplexity }。

## 单位。
value-bits = { $value } 比特

## 卡片：模型有多大把握？
confidence-title = 模型有多大把握？
confidence-sentence = 猫{ $word }
confidence-word = 坐
confidence-slider = 模型给“{ $word }”的概率
confidence-valuetext = “{ $word }”的概率 { $probability }，损失 { $loss }
confidence-bits = 改用比特（以 2 为底的对数）计量，不用 nats
readout-loss = 损失 −ln p
readout-perplexity = 困惑度 1/p
axis-probability-correct = 正确词的概率
axis-loss-nats = 损失（nats）
axis-loss-bits = 损失（比特）
marker-loss = 损失 { $loss }
curve-terrible = ← 极差
curve-perfect = 完美 →
column-loss-nats = 损失（nats）
column-perplexity = 困惑度
confidence-caption =
    损失 −ln p：模型有把握且猜对时为零；p 越小，损失越高，没有上限。圆点是你当前的设置。
confidence-label = 损失随正确词概率变化的曲线，标出当前设置
confidence-table = 几个参考概率下的损失

## 卡片：对照独热目标
onehot-title = 对照独热（one-hot）目标
onehot-hint = 点击真正的下一个词。损失只读取它的概率。
onehot-load-sentence = 改用这句话的五种结尾
readout-onehot-loss = 损失
readout-onehot-perplexity = 困惑度 eᴸ
scenarios-label = 情景
scenarios-try = 情景：
scenario-confident-right = 有把握且正确
scenario-uncertain = 拿不准
scenario-confident-wrong = 有把握但错了
onehot-table = 预测、目标和求和中的每一项
column-token = 词元
row-sum = 总和

## 卡片：目标不是独热的时候（标签平滑）
smoothing-title = 目标不是独热的时候
smoothing-text =
    标签平滑用更“软”的目标来训练。每个词元（token）都分到 ε/K（共 K 个词元），正确的那个再额外加上 1 − ε：<strong>y = (1 − ε) · one-hot + ε/K</strong>。PyTorch 的 <code>{ $call }</code> 做的正是这件事；Szegedy 等人（2016）用它防止图像分类器变得过度自信。
smoothing-slider = 标签平滑 ε（0 = 独热）
smoothing-valuetext = 标签平滑 { $smoothing }，损失 { $loss }
readout-smoothing-loss = 损失 −Σ y ln p
readout-smoothing-floor = 损失下限（p = y 时）
readout-smoothing-gap = 损失最低时正确逻辑值的领先量
gap-unlimited = ∞，没有上限
push-one-hot =
    “{ $word }”上的 p − y 是 { $push }：目标是独热时，无论模型怎么预测它都是负的，所以每一步都会再次抬高这个逻辑值，损失要到 p 达到 1 才降为 0。
push-negative =
    “{ $word }”上的 p − y 是 { $push }：为负，所以训练一步仍会抬高这个逻辑值；等 p 达到 y 才停下。
push-positive =
    “{ $word }”上的 p − y 是 { $push }：为正，说明模型比目标允许的更有把握，这一步会压低这个逻辑值。
push-zero =
    “{ $word }”上的 p − y 是 { $push }：为零，预测与目标一致，这一步不动这个逻辑值。
smoothing-floor =
    损失再也降不到 0：它的下限是 y 的熵，在 p = y 时取到。此时正确逻辑值比其他每一个都领先 ln(y<sub>正确</sub> / y<sub>其他</sub>)，差距是有限的，所以逻辑值不再增长，模型有意保留一点不确定。
column-target = 目标 y
smoothing-caption =
    柱：平滑后的目标 y，正确词元高亮。后面的浅色柱：模型的 p。两者一致时损失最低。
smoothing-label = 各词元平滑后目标的柱状图，模型的概率以浅色柱画在后面
smoothing-table = 标签平滑：预测、平滑后的目标和损失的每一项

## 卡片：教师的软目标（知识蒸馏）
distillation-title = 教师的软目标
distillation-text =
    在知识蒸馏中，小的学生模型不学独热标签，而是学大的教师模型给出的概率。把试验区的逻辑值当作教师的：目标是 <strong>qₜ = softmax(z / T)</strong>，学生自己的逻辑值也除以同一个 T，学生要最小化 T² KL(qₜ ‖ pₜ)。
distillation-slider = 蒸馏温度 T
distillation-valuetext = T { $t }，其他词元分到 { $share }
readout-distill-others = T 下其他词元的份额
readout-distill-loss = 学生的损失 T² KL(qₜ ‖ pₜ)
readout-distill-push = 对学生逻辑值的最大推力
readout-distill-push-plain = 不乘 T² 时的同一值
dark-at-one =
    T = 1 时，教师给“{ $top }”的概率是 { $probability }，其余词元共分 { $rest }。调高 T，其余词元就分得更多：目标越软，学生能从中学习的词元就越多。
dark-softened =
    T = 1 时，教师给“{ $top }”的概率是 { $probability }，其余词元共分 { $rest }。T = { $t } 时它们共分 { $soft }，于是学生还能学到教师怎样给它们排序：{ $ranking }。独热标签会丢掉错误答案之间的这种排序，Hinton 等人称之为暗知识（dark knowledge）。
dark-ranking-word = “{ $token }”
dark-ranking-before = { $earlier } > { $later }
distillation-factor =
    这里的学生还什么都没学（逻辑值全为 0）。单看 KL，梯度是 (pₜ − qₜ) / T，而软化又让 pₜ − qₜ 缩小到约 1/T，所以不加系数的话，推力会按 1/T² 衰减。把损失乘以 T²，推力在任何 T 下都大致一样强，软损失就能和普通损失混合使用，无需重新调参。
column-push-student = 学生推力 T(p − q)
distillation-caption =
    柱：温度 T 下的软目标，教师最看好的词元高亮。后面的浅色柱：同样的逻辑值在 T = 1 时的概率。
distillation-label = 所选温度下教师软目标的柱状图，T = 1 时的概率以浅色柱画在后面
distillation-table = 知识蒸馏：教师在 T = 1 和所选 T 下的软目标

## 先预测与挑战：题目。
predict-uniform = 一个什么都不懂的模型把概率平均分给 GPT‑2 的 50,257 个词元。它的损失是多少 nats？
predict-drops = 正确词的概率从 0.9 降到 0.5，或从 0.1 降到 0.01。哪一次损失增加得更多？
challenge-under = 把损失降到 0.1 nats 以下。
