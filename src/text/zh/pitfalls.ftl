## 第 8 节：常见陷阱。

lede =
    下面这些错误都不会报错：代码照样训练，数字看起来也像数字。用试验区的逻辑值（logit）逐个试一试，看看各要付出什么代价。

## 手机上固定显示的图表副本：标题。
pinned-temperature-after = 当前 T 下的概率，及 T = 1 时的概率（浅色）

summary = 正确的损失 { $loss } nats；softmax 用两次时为 { $twice } nats。

## 各卡片表格共用的表头。
column-token = 词元
column-logit = 逻辑值
column-softmax = softmax
row-sum = 总和

## 卡片：softmax 用了两次。
twice-title = softmax 用了两次
twice-text =
    模型最后已经接了 softmax，又交给一个自己会做 softmax 的损失函数（PyTorch 的 CrossEntropyLoss 要的是逻辑值），softmax 就做了两次。程序不会崩溃。选出正确的词：
twice-table = softmax 用一次和两次时的损失与梯度
column-measure = 指标
column-once = 用一次（正确）
column-twice = 用两次
row-loss = 损失（nats）
row-gradient = 正确逻辑值上的梯度
twice-verdict =
    喂进去的是概率而不是逻辑值，损失显示为 { $loss-twice } 而不是 { $loss } nats，对正确逻辑值的推力是 { $grad-twice } 而不是 { $grad }：弱了约 { $ratio } 倍。概率都在 0 和 1 之间，所以第二次 softmax 看到的逻辑值几乎没有差别，输出接近均匀分布：有 { $tokens } 个词元时，无论模型多有把握、答得多对，损失都不可能低于 ln(1 + { $others }/e) = { $floor } nats。
twice-caption =
    其他逻辑值固定、正确词的逻辑值变化时，两种做法把它往上拉的力度。做对了，拉力要到模型答对才减弱；softmax 用两次，拉力始终很小。
twice-label = 正确逻辑值增大时，softmax 用一次和两次在正确逻辑值上的梯度大小
twice-chart-table = 对正确逻辑值的拉力：一次与两次
series-once = softmax 一次
series-twice = softmax 两次
axis-right-logit = 正确词的逻辑值
axis-pull = 对正确逻辑值的拉力
marker-now = 当前 { $pull }
column-right-logit = 正确逻辑值
column-pull-once = 拉力（一次）
column-pull-twice = 拉力（两次）

## 卡片：softmax 还是 sigmoid？
sigmoid-title = softmax 还是 sigmoid？
sigmoid-text =
    softmax 回答的是“哪一个？”：下一个词元恰好只有一个。如果几个标签可以同时成立（一张照片里既有猫又有狗，一段文本既紧急又与账单有关），每个标签都需要自己的“是或否”概率：每个逻辑值配一个 sigmoid，σ(z) = 1 / (1 + e^−z)，用二元交叉熵训练。在试验区调高两个逻辑值，两个 sigmoid 都会上升；softmax 则让它们相互竞争。
sigmoid-table = 同一组逻辑值的 sigmoid 与 softmax
column-sigmoid = sigmoid（独立）
column-softmax-shared = softmax（共享）
sigmoid-verdict =
    当作彼此独立的是非题来看，{ $labels } 个标签中有 { $likely } 个更可能是“是”，各 sigmoid 之和为 { $total }。softmax 表达不了这一点：它的概率总是恰好共分 1。

## 卡片：逻辑值不是概率。
not-probs-title = 逻辑值不是概率
not-probs-text =
    逻辑值是对数尺度上的分数：只有逻辑值之间的差才有意义。逻辑值为 2 并不比逻辑值为 1 “可能性大一倍”（softmax 给出的是 e ≈ 2.7 倍）。要得到概率，得先取指数再归一化，这正是 softmax。
not-probs-table = 逻辑值、逻辑值除以其总和、softmax
column-share = 逻辑值 / 总和
not-probs-verdict = { $logits }{ $share }
logits-fail = 把这些逻辑值当作概率是不成立的：{ $faults }。
logits-pass =
    这些逻辑值碰巧像概率，但那只是运气：每个都加 1 就不像了，而 softmax 给出的结果不变。
share-fail = 除以它们的总和也不行：{ $faults }。
share-pass =
    除以总和在这里得到的数加起来是 1，但那不是模型的概率：这种做法忽略了逻辑值是对数几率（log-odds），而且只要有一个是负数就会出问题。
fault-not-finite = 有些根本不是有限数
fault-negative = { $count } 个为负
fault-above-one = { $count } 个大于 1
fault-sum = 总和为 { $sum }
fault-separator = 、

## 卡片：温度要放在 softmax 之前。
temperature-title = 温度要放在 softmax 之前
temperature-text =
    温度应在 softmax 之前用来除逻辑值。如果放到 softmax 之后去除概率（每个除以 T 再重新归一化），它毫无作用；在之后还能起作用的做法是把每个概率取 1/T 次方，而这与除逻辑值完全等价。
t-before = 在 softmax 之前用 T 除逻辑值
temperature-valuetext = 温度 { $t }
temperature-verdict-one =
    T = 1 时两种做法都不改变任何东西。调一调温度，看柱子动不动。
temperature-verdict = T = { $t } 时，除逻辑值会让概率最多变化 { $change }。
temperature-verdict-after =
    T = { $t } 时，除概率完全不会改变它们，因为重新归一化抵消了公因子 1/T。除逻辑值则会让它们最多变化 { $change }。
temperature-caption =
    实心柱：把 T 用在 softmax 之后的概率上的结果；勾选复选框后，则是用在 softmax 之前的逻辑值上。后面的浅色柱：T = 1 时的结果。用在 softmax 之后时，实心柱始终与浅色柱重合。
temperature-label = 应用温度后的概率柱状图，浅色柱为 T = 1 时的概率
temperature-table = 温度放在 softmax 之前与之后
column-before = softmax 前除以 T
column-after = softmax 后除以 T

## 先预测与挑战：题目。
predict-twice = 对 [2, 1, 0] 做两次 softmax。结果是什么？
predict-after = 一种“温度”把概率除以 T 再重新归一化。它改变了什么？
challenge-before = 让这张卡片上的温度滑块能改变图表。
