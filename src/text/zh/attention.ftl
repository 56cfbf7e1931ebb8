## 第 7 节：注意力中的 softmax。

lede =
    softmax 不只是语言模型的最后一步。在每个注意力层里，每个词都给其他所有词打分，softmax 再把每一行分数变成和为 1 的权重 W：决定把每个词的值向量 V 按多大比例混进当前这个词，即 W V。

pinned-saturation = 每行最大权重随 d_k 的变化

formula = 权重 W 等于 Q 乘 K 的转置、除以 d k 的平方根、再加上掩码 M 之后的 softmax
summary-scaled = d_k { $dk }，已缩放：每行最大权重平均为 { $max }；未来词的权重 { $future }。
summary-not-scaled = d_k { $dk }，未缩放：每行最大权重平均为 { $max }；未来词的权重 { $future }。

## 例句：五个词，按语序。
sentence-1 = 猫
sentence-2 = 坐
sentence-3 = 在
sentence-4 = 垫子
sentence-5 = 上

## 卡片：点积随 d_k 增大。
scores-title = 点积随 d_k 增大
scores-text =
    每个词有一个查询向量 q（它要找什么）和一个键向量 k（它能提供什么），都含 d_k 个数。查询 i 对键 j 的分数是二者的点积 qᵢ · kⱼ：d_k 个乘积之和。这里的向量是随机的，每个数都取自标准正态分布，所以每个分数都是 d_k 个随机项之和，离散程度按 √d_k 增长。
dk-label = 键维度 d_k
dk-valuetext = d_k { $dk }，平方根 { $root }
scale-check = softmax 之前把分数除以 √d_k
query-label = 每个查询乘以
query-valuetext = 查询乘以 { $scale }
vectors-label = 向量
reroll = 换一组随机向量
readout-spread = 原始分数的离散程度（均方根）
readout-mean-max = 每行最大权重的平均值
scale-words-one =
    原始分数的均方根为 { $spread }，理论预期约为 { $expected }。d_k = 1 时，除以 √d_k 不起任何作用。
scale-words-scaled =
    原始分数的均方根为 { $spread }，理论预期约为 { $expected }。除以 √d_k 后，无论 d_k 多大，它们都回到 { $unit } 左右，所以 softmax 保持柔和：每行最大权重平均为 { $max }，{ $rows } 行中有 { $saturated } 行把 99% 以上的权重放在同一个词上。
scale-words-unscaled =
    原始分数的均方根为 { $spread }，理论预期约为 { $expected }。不缩放时，softmax 面对的就是这么大的差距，随着 d_k 增大，各行趋于饱和：每行最大权重平均为 { $max }，{ $rows } 行中有 { $saturated } 行把 99% 以上的权重放在同一个词上。饱和的行就像 argmax，几乎传不回梯度，于是不再学习。
column-query-key = 查询 ↓ 键 →
raw-table = 原始分数 q · k：行是查询，列是键
saturation-caption =
    随着 d_k 增大，各行变得有多尖锐：五行各自最大权重的平均值（1 表示每行都把全部权重放在一个词上，0.2 则是平均分配）。除以 √d_k（实线）时它保持平稳；不缩放（虚线）时它向 1 攀升。
saturation-label = 每行最大注意力权重随 d_k 的变化，缩放与不缩放对比
saturation-table = 不同 d_k 下每行最大权重的平均值
series-scaled = 除以 √d_k
series-not-scaled = 不缩放
axis-dk = 键维度 d_k
axis-largest-weight = 每行最大权重（平均）
marker-not-scaled = d_k = { $dk }，不缩放
column-scaled = 除以 √d_k
column-not-scaled = 不缩放

## 卡片：逐行做 softmax。
weights-title = 逐行做 softmax
weights-text =
    softmax 沿每一行进行：一个查询把一份注意力分给各个键。解码器不能偷看后文，所以后面那些词的分数要在 softmax 之前用掩码遮住。
mask-legend = 因果掩码
mask-neg-inf = 因果，−∞：未来的分数设为 −∞
mask-zero = 因果，0：未来的分数设为 0（常见错误）
mask-none = 无掩码：每个词都能看到所有词
readout-future = 所有行给未来词的权重
readout-saturated = 99% 以上权重落在一个词上的行
saturated-value = { $count } / { $total }
mask-words-neg-inf =
    未来的分数设为 −∞，而 e^−∞ = 0：每个词只读自己和它前面的词。对角线以上的权重都恰好为 0，每行剩下的权重之和仍为 1。GPT 这类解码器正是靠这个办法，才读不到它要预测的那个词。
mask-words-zero =
    未来的分数设为 0 而不是 −∞。可是 e^0 = 1，所以未来依然分到权重：“{ $word }”把 { $first }% 的注意力给了它还没读到的词，前 { $rows } 行平均泄漏 { $leak }%。只有 −∞ 才能把词藏起来。
mask-words-none =
    无掩码：每个词都关注所有词，前面的和后面的都算，就像 BERT 这类编码器。这样训练出来的解码器可能直接照抄下一个词，而学不会预测它。
heatmap-caption =
    注意力权重：每行是一个查询词，每列是一个键词，每行之和为 1。格子颜色越深，权重越大；斜纹格子是掩码作用到的未来词。
heatmap-label = 注意力权重热力图，行是查询，列是键，被掩码的格子带斜纹
heatmap-columns = 键：被关注的词 →
heatmap-rows = 查询 ↓
weights-table = 注意力权重：行是查询，列是键
column-row-sum = 行和
seen-table = softmax 看到的分数：先缩放，再掩码

## 卡片：一个模型里的两个 softmax。
compare-title = 一个模型里的两个 softmax
compare-text =
    同一个函数做两件不同的事。在注意力里，它在上下文的词之间混合信息；在输出端，它把逻辑值变成下一个词元的分布，也就是前面几节从中采样、据以计算损失的那个分布。
compare-caption = 注意力 softmax 与输出 softmax 对比
column-aspect = 方面
column-attention = 注意力 softmax
column-output = 输出 softmax
compare-input = 输入
compare-input-attention = 一个查询对每个键的分数 q · k / √d_k
compare-input-output = 逻辑值：最后的隐状态乘以输出矩阵
compare-size = 大小
compare-size-attention = 这里是 { $count }：上下文中每个词元一个，最多到上下文长度
compare-size-output = { $vocab }：词表中每个词元一个
compare-meaning = 含义
compare-meaning-attention = 每个词元对当前词元新表示的贡献有多大
compare-meaning-output = 每个词元成为下一个词元的可能性
compare-temperature = 温度
compare-temperature-attention = 固定：由 1/√d_k 充当，选它是为了让分数的离散程度在 1 左右
compare-temperature-output = 采样时选定：逻辑值除以 T
compare-loss = 损失
compare-loss-attention = 没有自己的损失：只从输出端的损失中学习
compare-loss-output = 与真正的下一个词元的交叉熵
compare-where = 位置
compare-where-attention = 每个查询词元一行，出现在每一层的每个头中
compare-where-output = 每个位置一次，在模型的最末端

## 先预测与挑战：问题（其余内容见 predict.ftl）。
predict-unscaled = 去掉 1/√d_k，让 d_k 从 4 增大到 256。各行权重会怎样？
predict-zero-mask = 分数为 [1, 2, 0, 0]，最后两个用 0 而不是 −∞ 掩码。每个被掩码的词分到多少权重？
challenge-uniform = 让注意力权重的某一行变得均匀：它能看到的每个词都得到相同的权重。
