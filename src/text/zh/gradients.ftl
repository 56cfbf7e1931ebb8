## 第 4 节：梯度。

lede =
    训练每次把逻辑值（logit）改动一点点，朝着让损失下降的方向。这个方向就是梯度；对 softmax 加交叉熵而言，它出奇地简单：每个词元（token）的概率减去它的目标值，p − y。

## 手机上固定显示的图表副本：标题。
pinned-fd-valley = 最大误差随步长 e 的变化
pinned-step-logits = 最后一步前后的逻辑值

formula = L 对 z i 的导数等于 p i 减 y i

summary = 损失 { $loss } nats；{ $token }的梯度为 { $gradient }。
column-token = 词元

## 卡片：直接从逻辑值算损失
loss-title = 直接从逻辑值算损失
loss-text =
    正确词概率的负对数可以化简：softmax 里的除法变成减法，即所有逻辑值的 log-sum-exp 减去正确词的逻辑值。各框架都这样直接从逻辑值计算，所以不会有概率先被舍入成零。
readout-lse = log-sum-exp
readout-loss = 损失
which-word = 真正的下一个词是哪个？

## 卡片：逐个词元看梯度
bars-title = 逐个词元看梯度
bars-meaning =
    { $right }是正确的词：它的柱是 { $right-gradient }，为负，所以梯度下降一步会抬高它的逻辑值。各柱之和总是零：一个逻辑值得到多少，其他逻辑值就让出多少。
bars-meaning-wrong =
    { $right }是正确的词：它的柱是 { $right-gradient }，为负，所以梯度下降一步会抬高它的逻辑值。{ $wrong }是模型最看好的错误词：它的柱是 { $wrong-gradient }，往下压得最狠。各柱之和总是零：一个逻辑值得到多少，其他逻辑值就让出多少。
bars-caption =
    每根柱是一个词元的 p − y。梯度下降减去它：零以上的柱把逻辑值往下压，零以下的那根（正确的词，高亮）把它的逻辑值往上拉。
bars-label = 各词元梯度 p 减 y 的正负柱状图
bars-table = 梯度 dL/dz = p − y

## 卡片：往下坡走一步
step-title = 往下坡走一步
step-text =
    梯度下降让每个逻辑值逆着自己的梯度移动，幅度由学习率缩放：<strong>z ← z − lr · (p − y)</strong>。走几步，看正确词的逻辑值上升、损失下降：起初很快，随着 p − y 变小而放慢。
slider-lr = 学习率
lr-valuetext = 学习率 { $lr }
step-buttons-label = 梯度下降步
take-step = 走一步
reset-steps = 恢复初始逻辑值
readout-steps = 已走步数
readout-loss-now = 当前损失
p-right-word = 正确词的 p
column-z-before = 上一步前的 z
column-z-now = 当前 z
column-gradient-now = 当前梯度
step-logits-caption =
    当前的逻辑值（正确词高亮），浅色柱是上一步之前的位置。
step-logits-label = 最后一次梯度下降前后逻辑值的正负柱状图
step-logits-table = 上一步前后的逻辑值
curve-loss = 损失
axis-step = 步
axis-loss = 损失（nats）
curve-marker = 损失 { $loss }
step-curve-caption = 每一步之后的损失：预测越好，步子越小，因为 p − y 变小了。
step-curve-label = 每次梯度下降后损失的折线图
step-curve-table = 每一步的损失
column-step = 步
column-loss = 损失（nats）
step-hint =
    逻辑值限制在 { $min } 到 { $max } 之间，即试验区的范围。这些步会改动本课的逻辑值，其他各节也会随之改变。

## 卡片：轻推一下，验证梯度
fd-title = 轻推一下，验证梯度
fd-text =
    梯度不用微积分也能测出来：把一个逻辑值往上推一个小步长 e，再往下推 e，用损失的变化除以 2e。如果 p − y 是对的，两者就一致。
slider-eps = 步长 e
eps-valuetext = 步长 { $eps }，最大差值 { $error }
readout-fd-error = 最大差值
readout-fd-best = 此处最佳步长
fd-verdict-truncation =
    e = { $eps } 时最大差值为 { $error }，主要是截断误差：步长太大，差分测到的是曲线的弯曲，而不只是斜率。这里的最小误差 { $best-error } 出现在 e 约为 { $best } 处。
fd-verdict-round-off =
    e = { $eps } 时最大差值为 { $error }，主要是舍入误差：两个损失几乎每一位都相同，拿它们微小的差除以微小的步长，会把舍入放大。这里的最小误差 { $best-error } 出现在 e 约为 { $best } 处。
fd-verdict-balanced =
    e = { $eps } 时最大差值为 { $error }：接近最佳点，截断误差与舍入误差相互平衡。这里的最小误差 { $best-error } 出现在 e 约为 { $best } 处。
fd-table = 解析梯度与数值梯度
column-numeric = 数值梯度
column-difference = 差值
valley-caption =
    步长从 10⁻¹² 到 1 时的最大差值，两轴都是对数刻度：呈一道山谷。往右，步长太粗；往左，舍入噪声除以极小的步长后占了上风。
valley-label = 有限差分最大误差随步长的变化，对数坐标，标出所选步长
valley-table = 各步长的最大误差
column-largest-error = 最大误差
valley-curve = 最大误差
valley-axis-step = 步长 e
valley-axis-error = 误差

## 卡片：为什么不用平方误差？
squared-title = 为什么不用平方误差？
squared-text =
    对概率求平方误差 ½ Σ (p − y)²，看起来同样合理。但它的梯度必须反向穿过 softmax，而 softmax 在有把握时是平的。逻辑值为 [8, 0, 0]、正确词是{ $token }时，模型对错误答案有 { $percent }% 的把握，平方误差却几乎推不动：
squared-table = 逻辑值 [8, 0, 0]，正确词为{ $token }：两种梯度
column-ce-gradient = 交叉熵
column-se-gradient = 平方误差
saturation-caption =
    随着某个错误逻辑值增大，两种损失把正确词的逻辑值往上拉的力度。模型错得越离谱，交叉熵拉得越用力；平方误差恰恰在最要紧的时候放弃了。
saturation-label =
    随错误逻辑值增大，交叉熵与平方误差在正确逻辑值上的梯度大小
saturation-table = 错误逻辑值增大时的梯度大小
column-wrong-logit = 错误逻辑值
column-ce-size = 交叉熵 |梯度|
column-se-size = 平方误差 |梯度|
saturation-curve-ce = 交叉熵
saturation-curve-se = 平方误差
saturation-axis-x = 错误逻辑值 z（其余为 0）
saturation-axis-y = 对正确逻辑值的推力

## 先预测与挑战：题目。
predict-sum = 逻辑值 [3, 1, 0]，正确词是第二个。梯度各分量之和是多少？
predict-sure = 模型已经给正确词 p = 0.99。这个词的梯度是多少？
challenge-half = 让正确词的梯度恰好等于 −0.50。
