## 第 2 节：温度、top-k、top-p 与采样。

lede =
    模型不一定非说出它最看好的词不可。它可以采样：随机挑一个词元（token），每个词元被挑中的机会等于它的概率。温度先重塑概率分布；top-k 和 top-p 再截掉不太可能的长尾。Hugging Face 和 vLLM 的处理顺序是：除以 T、top-k、softmax、top-p、重新归一化、抽取。
formula = p i 等于 e 的 z i 除以 T 次方，除以对所有 j 求和的 e 的 z j 除以 T 次方
summary = 保留 { $size } 个词元中的 { $kept } 个；熵 { $entropy } nats。

## 设置卡片。
settings-title = 设置
pinned-sampling = 采样所用的分布
vocab-legend = 词表
vocab-tokens = 这 { $count } 个词元
vocab-real = 真实词表（{ $size } 个词元）
valuetext-greedy = 温度 { $temperature }，几乎总是选概率最大的词元（贪心）
valuetext-sharper = 温度 { $temperature }，比模型原本的分布更尖锐
valuetext-own = 温度 { $temperature }，模型原本的分布
valuetext-flatter = 温度 { $temperature }，更平坦：罕见词元的概率上升
top-k-label = top-k（0 = 关闭）
top-p-label = top-p
min-p-label = min-p（0 = 关闭）
valuetext-top-k-off = top-k 关闭，保留所有词元
valuetext-top-k = top-k { $k }，保留 { $size } 个词元中的 { $kept } 个
valuetext-top-p = top-p { $p }，保留 { $size } 个词元中的 { $kept } 个
valuetext-min-p-off = min-p 关闭，保留所有词元
valuetext-min-p = min-p { $m }，保留 { $size } 个词元中的 { $kept } 个
settings-hint =
    top-k 为 0、top-p 为 1、min-p 为 0 时，对应的过滤就关闭了。T = 0.05 时，概率最大的词元几乎拿走全部概率：采样变成了贪心解码。
min-p-adapts =
    min-p 的门槛是最大词元概率的一个比例，所以会随模型的把握而变。有把握的模型（最大词元 { $sure-top }，其余十个各 { $sure-last }）：min-p { $min-p } 保留 11 个中的 { $sure-min-p } 个，而 top-p { $top-p } 要取 { $sure-top-p } 个才能凑够所需的概率总和。没把握的模型（最大词元 { $unsure-top }，最后一个 { $unsure-last }）：min-p 保留 { $unsure-min-p } 个，top-p 保留 { $unsure-top-p } 个。
readout-entropy = 熵
readout-entropy-value = { $entropy } nats
readout-bits = 以比特计
readout-bits-value = { $bits } 比特
readout-choices = 有效选择数 eᴴ
readout-kept = 保留的词元
readout-kept-value = { $kept } / { $size }
examples-label = 示例
examples-try = 示例：
example-sentence = 猫坐在……
edit-tokens = 编辑词元和逻辑值

## 采样所用的分布（图表、表格、排名曲线）。
distribution-title = 模型从中采样的分布
distribution-caption =
    实心柱：最终分布，按概率从大到小排列。浅色柱：T = 1 时的分布。带 ✕ 的斜纹柱：被 top-k、top-p 或 min-p 去掉。折线：累积概率，top-p 拿它和阈值比较；下方的虚线是 min-p 的门槛，即最大词元概率的一个比例。用真实词表时，柱子是排名 1 到 20，最后一根是其余所有词元的合计。
distribution-label = 经过温度、top-k、top-p 和 min-p 之后的采样分布柱状图
distribution-table = 逐个词元看处理流程
threshold-top-p = top-p { $p }
threshold-min-p = min-p { $m } × 最大
column-token = 词元
column-p-base = T = 1 时的 p
column-p-scaled = 当前 T 的 p
column-kept = 保留
column-sampled = 采样 p
kept-yes = 是
kept-no = 否（{ $filter }）
vocab-token = 词元 { $id }
vocab-other = 其余 { $count } 个之一
ranks-caption =
    每个词元的概率与其排名的关系，两轴都是对数刻度：罕见词元拖着一条长尾。标记处是核采样的截止处。
ranks-label = 对数坐标下的排名与概率，标出核采样的截止处
ranks-table = 各排名的概率
series-at-t = 当前 T
axis-rank = 排名
axis-probability = 概率
nucleus-ends = 核截止：{ $count }
column-rank = 排名

## 抽取词元。
draws-title = 抽取词元
draw-buttons = 抽取词元
draw-n = 抽 { $count } 次
draw-clear = 清空
draw-new-seed = 换随机种子
readout-draws = 抽取次数
readout-gap = 与精确值的最大差
readout-noise = 典型差距 1/(2√n)
readout-seed = 随机种子
draws-caption =
    实心柱：你的抽取落在各词元上的比例（最近一次高亮显示）。浅色柱：精确概率。抽得越多，两者越接近。
draws-label = 抽取结果直方图与精确概率对照
draws-table = 各词元的抽取次数
column-exact = 精确 p
column-draws = 次数
column-share = 比例
row-all = 合计
draws-hint =
    抽取结果来自带随机种子的生成器：种子和设置相同，抽到的就总是相同，所以分享的链接能重现它们。改变某个设置时，同一串随机数会在新的分布上重新抽取。

## 什么时候用什么温度？
uses-title = 什么时候用什么温度？
uses-low-title = 低 T（0.1 到 0.4）：代码、事实、信息抽取
uses-low-text =
    只有一种续写是对的时候，就让模型坚持它的最佳猜测。变量名里的拼写错误可不算创意。
uses-high-title = 较高 T（0.8 到 1.2）：故事、头脑风暴
uses-high-text =
    很多种续写都可以的时候，就让概率较低的词也有机会。温度太高，文本就会滑向胡言乱语。
uses-set = 设 T = { $temperature }
uses-logits =
    温度用来除 softmax 之前的<strong>逻辑值</strong>，而不是去缩放 softmax 之后的概率。除以 T 等价于把每个概率取 1/T 次方再重新归一化，所以词元的先后顺序永远不变，变的只是它们之间拉开的距离。

## 别的库，别的顺序。
orders-title = 别的库，别的顺序
orders-text =
    上面的一切都遵循 Hugging Face transformers 和 vLLM 的做法。llama.cpp 的默认处理链从 T = 1 的分布中选出通过 top-k、top-p 和 min-p 的词元，最后才应用温度，所以高温度无法放进更多词元。许多 API 还默认开启 top-k，通常设为 40 或 50。
orders-compare = 用试验区的逻辑值比较两种顺序
orders-table = 温度在前（Hugging Face）与温度在后（llama.cpp）对比
column-temperature-first = 温度在前
column-temperature-last = 温度在后
orders-differ = 这里顺序有影响：温度在前保留 { $first } 个词元，温度在后保留 { $last } 个。
orders-shift = 两种顺序保留同样的 { $count } 个词元，但概率最多相差 { $diff }。
orders-same =
    这里两种顺序给出的分布相同。调低 top-p，再让温度偏离 1，就能看到两者的差别。

## 先预测与挑战：问题（其余内容见 predict.ftl）。
predict-cold = 把温度往 0.05 调低，p(猫) 会怎样？
predict-min-p = min-p 设为 0.1，温度从 0.5 升到 2：会保留几个词元？
challenge-three = 只用 top-p，恰好保留 3 个词元。
