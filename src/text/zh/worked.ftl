## 自我检测的详解：核对答案后显示，说明答案的由来并给出算式。

softmax-reason =
    e^z 分别是 { $e-cat }、{ $e-dog } 和 { $e-bird }，总和为 { $sum }。所以{ $token }得到 { $e-token } / { $sum } = { $probability }。
shift-reason =
    e^(z + { $shift }) = e^{ $shift } · e^z：同一个因子乘在每一项和它们的总和上，所以会约掉。之前：{ $p1 }、{ $p2 } 和 { $p3 }；之后：{ $q1 }、{ $q2 } 和 { $q3 }。
temperature-reason-sharpens =
    先把逻辑值除以 T：{ $scaled-cat }、{ $scaled-dog } 和 { $scaled-bird }。对它们做 softmax，猫得到 { $probability }，而 T = 1 时是 { $probability-at-1 }：低于 1 的温度让分布更尖锐。
temperature-reason-flattens =
    先把逻辑值除以 T：{ $scaled-cat }、{ $scaled-dog } 和 { $scaled-bird }。对它们做 softmax，猫得到 { $probability }，而 T = 1 时是 { $probability-at-1 }：高于 1 的温度让分布更平坦。
placement-reason =
    把概率 { $p1 }、{ $p2 } 和 { $p3 } 除以 T 再重新归一化，得到的还是 { $again1 }、{ $again2 } 和 { $again3 }：什么都没变。T 必须用来除逻辑值：在那里，它会改变逻辑值之间的差距。
top-p-reason =
    累积和依次为 { $totals }：第一个达到 { $top-p } 的是第 { $kept } 个，越过阈值的那个词元也会保留。
min-p-reason =
    min-p 的门槛是 { $min-p } × { $p1 } = { $bar }，即最大词元概率的一个比例；不低于它的 { $kept } 个词元被保留。
loss-reason =
    损失为 −ln p = −ln { $p } = { $loss } nats。只有 p = 1 时它才为 0；p 趋于 0 时它无限增大。
perplexity-reason =
    困惑度 = e^(平均损失) = e^{ $loss } = { $perplexity }：模型的犹豫程度，就像要从{ $words ->
        [1] 差不多只有 1 个
       *[other] 大约 { $words } 个
    }词里均匀地随机挑一个。
ranking-reason =
    损失是正确词的 −ln p：−ln { $sure } = { $loss-sure }，−ln(1/{ $words }) = { $loss-even }，−ln { $wrong } = { $loss-wrong } nats。自信却答错，代价最大。
smoothing-reason =
    每个类别都分到 ε/K = { $epsilon }/{ $classes } = { $share }，正确类别再额外得到 1 − ε：1 − { $epsilon } + { $share } = { $target }。以它为目标，损失永远降不到 0。
distillation-reason =
    softmax 概率之比只取决于逻辑值之差：e^(({ $z-dog } − { $z-bird })/{ $t }) = { $ratio }，低于 T = 1 时的 e^({ $z-dog } − { $z-bird }) = { $ratio-at-1 }。T 越高，错误词的概率越接近，学生就能看出教师怎样给它们排序。
gradient-reason =
    softmax 给出猫 { $p-cat }、狗 { $p-dog }、鸟 { $p-bird }。梯度是 p − y，其中{ $correct }的 y = 1，其余为 0：对{ $asked }来说是 { $p } − { $y } = { $gradient }。
step-reason =
    p − y 对猫是 { $g-cat }，对狗是 { $g-dog }，对鸟是 { $g-bird }。只有{ $correct }的为负，所以只有它的逻辑值上升；其余的按各自概率成比例下降，因此最可能的错误词{ $falls }降得最多。
answer-reason =
    只计回答部分的位置：({ $l3 } + { $l4 } + { $l5 }) / 3 = { $mean }。如果每个位置都算，会得到 { $mean-all }，模型还会被训练去写提示词。
overfit-reason =
    训练损失下降而验证损失上升，就是过拟合：模型拟合了训练文本独有的特点，这些特点无法推广到别处。在第 { $best-step } 步附近停下，或者给它更多数据。
overflow-reason =
    一旦 z 超过 { $precision } 能表示的最大数的 ln，即 { $limit }，e^z 就会上溢，所以只有 z = { $z } 会上溢。稳定的 softmax 先减去最大的逻辑值，因此它取 e^ 的每一项都不超过 e^0 = 1。
logsumexp-reason-f64 =
    先把最大值提出来：{ $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } + ln { $sum } = { $lse }。直接计算 e^{ $largest-whole }，就算用 f64 也会上溢。
logsumexp-reason-f32 =
    先把最大值提出来：{ $largest } + ln(e^0 + e^{ $gap2 } + e^{ $gap3 }) = { $largest } + ln { $sum } = { $lse }。直接计算 e^{ $largest-whole }，f64 放得下，f32 却会上溢。
scaled-reason =
    随机向量的点积大致按 √d_k = { $root } 的幅度分散，所以注意力要除以它：{ $score } / { $root } = { $scaled }。不缩放的话，这么大的分数会把 softmax 的每一行都推向单个词。
leak-reason =
    每个为 0 的未来分数在 softmax 中仍算作 e^0 = 1。这一行里，词本身是 e^{ $score } = { $exp }，未来是 4 × 1，所以未来分到 4 / ({ $exp } + 4) = { $leak }。用 −∞ 的话，e^−∞ = 0，什么都不会泄漏。
twice-reason =
    第一次 softmax 给出 { $p-cat }、{ $p-dog } 和 { $p-bird }。它们都在 0 和 1 之间，彼此很接近，所以第二次 softmax 几乎是平的，给{ $correct }的是 { $p-again }：损失为 −ln { $p-again } = { $loss } nats，而正确的结果是 { $right-loss }。
sigmoid-reason =
    softmax 在各标签之间分配总共一份概率，所以无论温度多少，它都无法表示两者都很可能（{ $p-cat } + { $p-dog } = 1），何况逻辑值根本不是概率。独立的 sigmoid 1 / (1 + e^−z) 各自回答每个是非问题：{ $sigmoid-cat } 和 { $sigmoid-dog }。
