## “先预测”卡片与挑战：卡片打开后的全部文字。

## 每道预测题。
set-up = 载入题目
set-up-hint = 载入这道题用到的数值。你自己的设置会保留。
restore = 恢复我的设置
set-up-done = 已载入题目的数值。
restored = 已恢复你的设置。
guess-legend = 你的预测
commit = 锁定我的预测
skip = 跳过
skipped = 已跳过。随时可以重新打开再试。
try-again = 再试一次
see-why = 看看为什么
you-said = 你的答案是 { $guess }，实际是 { $answer }。
band-close = 很接近：相差不到 { $close }。
band-near = 比较接近：相差不到 { $near }。
band-far = 相差超过 { $near }。
choice-said = 你选的是：{ $choice }。
choice-right = 结果正是这样。
choice-other = 实际结果：{ $answer }。
see-it = 动手看看：
myth = 常见的想法：

## 每个挑战。
not-yet = 还没有：继续调整控件。
hint = 提示
solution = 显示一种解法
hint-label = 提示：
solution-label = 一种解法：

## 逻辑值与 softmax：每个逻辑值加 10。
softmax-add-try = 按十次“每个逻辑值 +1”，观察猫的柱子。
softmax-add-why = softmax 把每个 eᶻ 除以它们的总和。加 10 相当于每个 eᶻ 都乘上同一个 e¹⁰，这个因子在相除时约掉了：只有逻辑值之间的差距才算数。
softmax-add-myth = 逻辑值越大，概率就越大。其实只有比别的大才算数。

## 逻辑值与 softmax：每个逻辑值翻倍。
softmax-double-try = 在输入框里依次填入 4、2、1 和 −2，观察猫的柱子。
softmax-double-why = 逻辑值翻倍，每个差距也翻倍，而 softmax 通过 eᶻ 把差距变成比值：猫相对狗的优势从 { $before } 倍变成 { $after } 倍。概率按指数变化，而不是按比例：逻辑值翻倍就相当于温度 0.5。
softmax-double-myth = 概率与逻辑值成比例，所以翻倍什么也不会改变。

## 逻辑值与 softmax：两个词元各占 40%。
softmax-forty-hint = 两个词元的逻辑值相等，概率就相等。其余词元共占 20% 时，这两个合占 80%：如果只剩一个其他词元，它的逻辑值要比它们低 ln 2 ≈ { $gap }。
softmax-forty-solution = 删掉一个词元，只留三个。把两个逻辑值设为 1，第三个设为 { $third }（1 − ln 2）：概率就是 { $pair }、{ $pair } 和 { $rest }。
softmax-forty-met = 完成：两个词元分别为 { $first } 和 { $second }。

## 总览：哪一步把分数变成概率。
overview-step-a = Transformer 块
overview-step-b = 隐状态
overview-step-c = 输出逻辑值的线性层
overview-step-d = softmax
overview-step-e = 采样
overview-step-try = 沿流程一步步走到“逻辑值”，再到“softmax”，比较两者的数值。
overview-step-why = 线性层给每个词元打一个分数，即逻辑值：可以是任意实数，本课的逻辑值加起来是 { $sum }。softmax 用 eᶻ 把每个分数变为正数，再除以总和，使它们加起来等于 1：这时它们才是概率。
overview-step-myth = Transformer 本身输出的就是概率。其实它输出的是逻辑值；softmax 是最后单独的一步。

## 采样：温度趋向 0.05。
sampling-cold-a = 趋向 1
sampling-cold-b = 趋向 1/{ $n }：所有词元一样
sampling-cold-c = 趋向 0
sampling-cold-d = 保持 { $now } 不变
sampling-cold-try = 把温度拖到 0.05，再拖到 5，观察猫的柱子。
sampling-cold-why = 用很小的 T 去除逻辑值，会拉大它们之间的差距，最大的那个几乎拿走全部：T = 0.05 时 p(猫) 为 { $cold }。T 很大时差距缩小，各词元趋于均等，接近 1/{ $n }：T = 5 时 p(猫) 为 { $hot }。
sampling-cold-myth = 温度接近 0 会让模型变得随机。其实它会让模型每次都选最偏爱的词元；随机性随 T 增大。

## 采样：温度升高时的 min-p 0.1。
sampling-min-p-a = 始终一样多
sampling-min-p-b = 温度越高，越多
sampling-min-p-c = 温度越高，越少
sampling-min-p-try = 把温度从 0.5 拖到 2，观察“保留的词元”。
sampling-min-p-why = min-p 保留概率不低于最大词元概率 0.1 倍的词元；这里和 Hugging Face 一样，温度先起作用。T 越高，分布越平，越过门槛的词元越多：T = 0.5、1 和 2 时分别保留 { $low }、{ $mid } 和 { $high } 个。像 llama.cpp 这样最后才应用温度的库，始终保留 { $last } 个。
sampling-min-p-myth = min-p 是固定的截断线。其实它相对于最大词元的概率而定，所以会随温度移动。

## 采样：只用 top-p 恰好保留三个词元。
sampling-three-hint = top-p 按概率从大到小保留词元，直到它们的概率之和至少达到 top-p。温度保持 1，top-k 和 min-p 设为 0，只调 top-p。
sampling-three-solution = 用本课的词元，前两个的概率之和是 { $two }，前三个是 { $three }：top-p 取 { $low } 到 { $high } 之间的任何值都保留三个，比如 0.9。
sampling-three-met = 完成：top-p { $p } 保留了三个词元，占概率的 { $mass }。

## 交叉熵：一无所知的模型，50,257 个词元。
loss-uniform-try = 把滑块拖到最低，p = 0.001：损失为 { $floor } nats。均匀猜测的 p = { $p }，在同一条曲线上更远的地方。
loss-uniform-why = 损失是正确词元的 −ln p；一无所知的模型给 50,257 个词元各分 p = 1/50,257：损失为 ln 50,257 = { $loss } nats。训练就从这附近开始，低于它的每一个 nat 都是模型学到的东西。
loss-uniform-myth = 未训练模型的损失从 0 附近开始。其实是从词表大小的对数附近开始。

## 交叉熵：哪一次下降代价更大。
loss-drops-a = 从 0.9 降到 0.5
loss-drops-b = 从 0.1 降到 0.01
loss-drops-c = 代价一样
loss-drops-try = 把滑块从 0.9 拖到 0.5，再从 0.1 拖到 0.01，每次都读一下损失。
loss-drops-why = 损失是 −ln p，所以关键在比值而不是差值：0.9 → 0.5 增加 { $first } nats，0.1 → 0.01 增加 { $second } nats。本来没把握、后来变得自信地犯错的模型，付出的代价最大。
loss-drops-myth = 损失和准确率一样，随 p 同步变化。其实它是对数的：越接近 p = 0，最后几步代价越大。

## 交叉熵：损失低于 0.1 nats。
loss-under-hint = 损失是 −ln p：p 大于 exp(−0.1) ≈ { $p } 时，损失低于 0.1 nats。
loss-under-solution = 把滑块拖到 { $p } 或更高：在 { $p } 时损失为 { $loss } nats。
loss-under-met = 完成：p = { $p } 时损失为 { $loss } nats。

## 梯度：各项之和。
gradients-sum-try = 看梯度柱状图和它的表格：把各项加起来。
gradients-sum-why = 每一项都是 pᵢ − yᵢ。概率之和为 1，独热目标之和也是 1，所以各项之和为 { $sum }：正确的词得到多少，其余的词就失去多少。这里各项是 { $entries }。
gradients-sum-myth = 只有正确词的逻辑值会被推动。其实每个逻辑值都会，错误词按各自的概率成比例地被推动。

## 梯度：正确词的 p = 0.99。
gradients-sure-try = 看猫的柱子：几乎是平的。再选一个模型认为不太可能的词比较一下。
gradients-sure-why = 正确词的梯度是 p − 1 = { $grad }：有把握又答对的模型几乎不被推动。大的推动来自它答错的样本：p = 0.01 时梯度是 { $far }。
gradients-sure-myth = 每个样本推动模型的力度都一样。其实推力是 p − 1：模型越有把握、越正确，推力越弱。

## 梯度：正确词的梯度为 −0.50。
gradients-half-hint = 正确词的梯度是 p − 1：模型给这个词的概率为 0.50 时，梯度就是 −0.50。选一个概率低于 0.50 的词，然后走几步。
gradients-half-solution = 在上方“真正的下一个词是哪个？”处选{ $word }（p = { $p }），再在这里走几步：每一步都会提高它的概率。p 接近 0.50 时调低学习率，免得一步跨过头。
gradients-half-met = 完成：正确词的梯度为 { $grad }，此时 p = { $prob }。

## 训练：5 个句子。
training-few-a = 一直下降
training-few-b = 先降后升，而训练损失一直在降
training-few-c = 基本停在起点附近
training-few-try = 按“开始”，观察两条曲线；验证曲线开始上扬时暂停。
training-few-why = 只有 5 个句子时，验证损失在第 { $best } 步最低（{ $low } nats），之后上升，而训练损失一直下降：模型死记住了这几个句子，却没学会语言。句子越多，拐点来得越晚。
training-few-myth = 训练损失越低，模型总是越好。

## 训练：十倍学习率。
training-rate-a = 下降更快，而且同样平稳
training-rate-b = 上下跳动，甚至发散
training-rate-c = 没有变化
training-rate-try = 把学习率设为 5，按“开始”；再按“重置”，设为 0.5 后比较。
training-rate-why = 在这里，十倍的学习率仍然温和：100 步后，学习率 { $high } 的训练损失为 { $fast } nats，{ $low } 的为 { $slow } nats，途中也从未上升。不过学习率确实可能过大：到了 { $wild }（超出这个滑块的范围），步子迈过头，损失就会忽高忽低。
training-rate-myth = 学习率越大，训练总是越快。在一定范围内是这样；超过之后，步子就会迈过头。

## 训练：在验证损失最低点附近暂停。
training-stop-hint = 验证损失在某一步达到最低，然后上升。盯着验证曲线，在它最低点附近按“暂停”；调低每秒步数会更容易。
training-stop-solution = 在这些设置下，验证损失在第 { $best } 步最低：按“重置”，然后在第 { $from } 到 { $to } 步之间任意一处暂停。“单步”按钮一次只走一步。
training-stop-met = 完成：在第 { $steps } 步暂停，接近第 { $best } 步的验证损失最低点。

## 数值稳定性：用朴素方法算 [1000, 999]。
stability-naive-a = [{ $stable }]
stability-naive-b = 不是数：计算崩溃了
stability-naive-c = 各占一半，因为两个逻辑值几乎相等
stability-naive-try = 看表格：朴素算法的几列出错了，稳定算法的那列却没问题。把偏移量往下拖，直到它们恢复正常。
stability-naive-why = e¹⁰⁰⁰ 远远超过双精度能表示的最大数（约 e^{ $limit }）：两个指数都上溢为 ∞，而 ∞ / ∞ 不是数。先减去最大的逻辑值，得到 e⁰ 和 e⁻¹，以及正确答案：{ $stable }。
stability-naive-myth = 数大一点没关系，计算机会多用几位数字。

## 数值稳定性：f32 中 eᶻ 仍有限的最大逻辑值。
stability-f32-try = 选中 f32，拖动偏移量：最大逻辑值一旦超过 { $f32 }，朴素算法的几列就出错。
stability-f32-why = 朴素公式先算 eᶻ，而 f32 的最大值约为 3.4 × 10³⁸ = e^{ $f32 }：逻辑值超过 { $f32 } 就上溢为 ∞。在 f64 中，这个界限是 { $f64 }。先减去最大的逻辑值，无论逻辑值是多少，每个指数都不会超过 0。
stability-f32-myth = 只有极大的逻辑值才会上溢。在 f32 中，{ $f32 } 就够了。

## 数值稳定性，挑战：用有限的逻辑值得到无穷大的损失。
stability-infinite-hint = 朴素公式把每个 e^(z + c) 除以它们的总和。当总和上溢为 ∞、而某一项没有上溢时，这一项的 p 恰好是 0，而 −ln 0 是无穷大。在朴素 softmax 失效的临界点附近慢慢增大 c；用 f32 时这个点来得早得多。
stability-infinite-solution = 对这组逻辑值，在 { $precision } 下把 c 设为 { $c }：{ $token }的 e^(z + c) 还能表示，但总和上溢为 ∞，所以它的朴素 p 是 0，损失为无穷大。log-softmax 给出的损失是 { $loss } nats。
stability-infinite-met = 完成：在 { $precision } 下 c = { $c } 时，{ $token }的朴素 ln p 为 −∞，损失无穷大；log-softmax 给出 { $loss } nats。

## 注意力：d_k 增大而不除以 √d_k。
attention-unscaled-a = 基本保持原样
attention-unscaled-b = 每一行几乎把全部权重放在一个词上
attention-unscaled-c = 每一行把权重平均分配
attention-unscaled-try = 取消勾选“softmax 之前把分数除以 √d_k”，然后把 d_k 从 4 拖到 256，观察每行中最大的权重。
attention-unscaled-why = 每个分数是 d_k 个乘积之和，所以它的分散程度按 √d_k 增长：d_k = 4、64 和 256 时分别为 { $r4 }、{ $r64 } 和 { $r256 }。分数分得很开时，softmax 几乎把全部权重给一个词：每行的最大权重平均从 { $small } 升到 { $large }。除以 √d_k 能让分散程度保持在 1 左右。
attention-unscaled-myth = 1/√d_k 只是装饰。其实没有它，d_k 一大，softmax 就会饱和，梯度随之消失。

## 注意力：掩码为 0。
attention-zero-mask-try = 选择掩码“因果，0”，看对角线以上：未来的词仍然分到了权重。
attention-zero-mask-why = 掩码为 0 并不是 −∞：e⁰ = 1，所以每个被掩码的词仍得到分数 0 应得的权重，这里是 1 / (e¹ + e² + 1 + 1) = { $weight }。只有 −∞（其 eᶻ 为 0）才让它们一点权重也分不到。
attention-zero-mask-myth = 分数为 0 就表示被忽略。其实 softmax 会把它变成 e⁰ = 1，和其他分数一样分得一份。

## 注意力，挑战：让一行均匀。
attention-uniform-hint = softmax 只看分数之间的差：一行中分数都相等时，权重也都相等。把一个查询乘以某个数，它那一行的每个分数都会乘以这个数。
attention-uniform-solution = 把“每个查询乘以”设为 0：每个分数 q · k 都变成 0，一行中每个词都是 e⁰ = 1，于是平分权重。“{ $word }”这一行给它的 { $count } 个词各 { $weight }。
attention-uniform-met = 完成：“{ $word }”这一行给它的 { $count } 个词各 { $weight }。

## 常见陷阱：做两次 softmax。
pitfalls-twice-a = 和一次一样
pitfalls-twice-b = 比一次更平
pitfalls-twice-c = 比一次更尖
pitfalls-twice-try = 看表格：做两次 softmax 时，损失一直偏高，正确逻辑值受到的拉力更弱。
pitfalls-twice-why = softmax 的输出都在 0 和 1 之间，所以第二次 softmax 看到的逻辑值彼此相差不到 1：它的任意两个输出之比都不超过 e ≈ { $e }。[2, 1, 0] 做一次得到 { $once }，做两次得到 { $twice }。
pitfalls-twice-myth = softmax 做两次无害，反正概率还是概率。

## 常见陷阱：用“温度”去除概率。
pitfalls-after-a = 没有变化
pitfalls-after-b = 和 softmax(z / T) 一样
pitfalls-after-c = 别的变化
pitfalls-after-try = 拖动这张卡片上的温度滑块：概率除以 T 后的柱子纹丝不动。
pitfalls-after-why = 把每个概率都除以 T，相当于全部乘上同一个因子，重新归一化又把它抵消了：(p / T) / Σ(p / T) = p。温度必须作用在逻辑值上，在 softmax 之前：softmax(z / T) 是 p 的 1/T 次方再重新归一化，而不是 p 除以 T。
pitfalls-after-myth = 温度放在流程的哪个位置，效果都一样。

## 常见陷阱，挑战：让温度改变柱子。
pitfalls-before-hint = 把每个概率除以同一个 T 再重新归一化，得到的还是原来的概率。温度还可以放在流程的哪个位置？
pitfalls-before-solution = 勾选“在 softmax 之前用 T 除逻辑值”，然后把温度从 1 移开：T = 0.5 时，p({ $token }) 从 { $one } 变为 { $half }。
pitfalls-before-met = 完成：T = { $t } 时，逻辑值已除以 T，有一个概率变化了 { $change }。
