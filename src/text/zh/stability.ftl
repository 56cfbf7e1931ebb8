## 数值稳定性。

lede =
    在纸面上，所有逻辑值（logit）同时加上同一个数，softmax 毫不在意。在计算机上却不然：e^z 增长极快，逻辑值只要几百，结果就超出了浮点数能表示的范围。解决办法只需一次减法，每个库都这样做。

pinned-overflow = 朴素分母的位数

formula = z 的 softmax 第 i 项，等于 e 的 z i 减 m 次方，除以 e 的 z j 减 m 次方对所有 j 求和，其中 m 是最大的逻辑值

summary-fails = 偏移量 { $offset }：朴素 softmax 失效。{ $verdict }
summary-agree = 偏移量 { $offset }：朴素 softmax 与稳定 softmax 结果一致。

## 朴素公式出了什么问题。
verdict-overflow =
    上溢：z + c 超过约 { $limit } 时，e^(z + c) 就超出了 { $precision } 的范围，所以有 { $count } 项是 ∞，总和也是 ∞，而 ∞ / ∞ 是 NaN（非数）。
verdict-sum-overflow =
    求和上溢：每个 e^(z + c) 单独都还在 { $precision } 的范围内，但加起来超过了它能表示的最大数，于是总和为 ∞，朴素算出的每个 p 都是 0。
verdict-underflow = 下溢：在 { $precision } 中，每个 e^(z + c) 都被舍入为 0，而 0 / 0 是 NaN。
verdict-agree = 两列结果一致：每个 e^(z + c) 都还在 { $precision } 的范围内。无论 c 取多少，稳定的那一列都纹丝不动。

## 卡片：给每个逻辑值加上 c
offset-title = 给每个逻辑值加上 c
offset-slider = 偏移量 c，加到每个逻辑值上
offset-valuetext-overflows = 偏移量 { $offset }，朴素 softmax 上溢
offset-valuetext-works = 偏移量 { $offset }，朴素 softmax 仍然正常
precision-legend = 朴素 softmax 的精度
precision-f64 = f64（双精度）
precision-f32 = f32（单精度，大多数 GPU 用的就是它）
examples-label = 示例
readout-overflow-at = 朴素公式上溢点 c =
readout-largest-shifted = 最大的 z + c
column-token = 词元
column-exp-naive = 朴素 e^(z + c)
column-naive-p = 朴素 p
column-stable-p = 稳定 p
column-offset = 偏移量 c
table-stability = z + c 的朴素 softmax 与稳定 softmax 对照
legend-digits = Σ e^(z + c) 的位数
legend-largest = { $precision } 最大值
axis-offset = 偏移量 c
overflow-past = c ≈ { $limit } 后上溢
row-largest = { $precision } 最大值（c = { $offset }）
overflow-caption =
    朴素分母 Σ e^(z + c) 的位数随 c 的变化。它沿直线上升，直到碰到浮点数能表示的最大数（虚线）；此后就是 ∞。切换到 f32，看看这一刻提前了多少。
overflow-label = 朴素分母的位数随偏移量的变化，以浮点数最大值为上限
overflow-table = 不同偏移量下朴素分母的位数

## 卡片：log-sum-exp 与 log-softmax
lse-title = log-sum-exp 与 log-softmax
lse-text =
    同样的技巧也能求出分母的对数，即 log-sum-exp，全程不产生巨大的数：先提出最大的逻辑值 m，对数里剩下的部分就介于 1 和词元个数之间。
column-log-softmax = log-softmax = z + c − logsumexp
column-ln-naive = 朴素 ln p，{ $precision }
column-p-log-softmax = p = e^(log-softmax)
log-softmax-table = 平移后逻辑值的 log-softmax
underflow-text =
    损失要用到概率的对数。先算 softmax 再取对数，会在另一头出问题：一个远低于其他词元的词元，概率会被舍入成恰好 0，而 −ln 0 是无穷大。log_softmax(z) = z − logsumexp(z) 从不算出这个概率，所以损失保持有限。正因如此，训练代码直接从逻辑值计算交叉熵。
column-naive-loss = 朴素 −ln softmax(z)
column-stable-loss = 稳定 −log_softmax(z)
underflow-table = 逻辑值 [0, −50, −800]：每个词元的损失，朴素与稳定对照

## 先预测：题目（其余内容在 predict.ftl）。
predict-naive = 逻辑值 [1000, 999]，用朴素公式，会得到什么？
predict-f32 = 在 f32 中，eᶻ 仍是有限数的最大逻辑值是多少？
challenge-infinite = 用有限的逻辑值让朴素公式算出无穷大的损失；再看 log-softmax 给出的有限损失。
