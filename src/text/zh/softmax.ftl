## 第 1 节：逻辑值与 softmax。

lede =
    模型的最后一层给每个候选词元（token）打一个分数，叫作逻辑值（logit）。softmax 函数把这些分数变成概率：先取指数，再除以总和。
summary = 最可能的词元：{ $token }，概率 { $probability }。

## 试验区。
playground-title = 试验区：设置逻辑值
playground-hint = 拖动滑块、按方向键，或输入 { $min } 到 { $max } 之间的值。直接编辑词元名称即可改名。
add-token = + 添加词元
token-count = { $count } 个词元（最多 { $max } 个）
pinned-probs = 概率

## 图表。
charts-title = softmax 对它们做了什么
logits-caption = 逻辑值：可以是任意实数；负值的柱子画在零线以下。
logits-label = 逻辑值柱状图，每个词元一根柱子
logits-table = 逻辑值
probs-caption = 概率：介于 0 和 1 之间，总和为 1。
probs-label = 概率柱状图，每个词元一根柱子
probs-table = 概率
column-token = 词元
column-logit = 逻辑值 z
column-probability = 概率 p

## 逐步计算。
arithmetic-title = 逐步计算
arithmetic-1 = 取每个逻辑值 z。
arithmetic-2 = 取指数：eᶻ 总是正数。
arithmetic-3 = 把它们加起来。
arithmetic-4 = 每个都除以总和：这就是 p。
arithmetic-5 = 检查：所有 p 加起来等于 1。
arithmetic-table = softmax 的逐步计算
column-divide = eᶻ ÷ 总和 = p
row-sum = 总和

## 为什么用指数。
why-title = 为什么用指数？
why-ratio =
    指数把差变成比。逻辑值 3 和 1 相差 2：直接相比是 <strong>{ $plain }</strong> 比 1，而 e³ / e¹ = e² ≈ <strong>{ $exp }</strong>。分数上的小领先，变成了概率上的大领先。
why-plain = 直接用原始分数除以它们的和行不通：负分数会得到负的“概率”，分数之和为零时更是什么也算不出来。
plain-undefined = 这组逻辑值之和为零，直接相除没有定义。
plain-broken = 直接相除得到小于 0 或大于 1 的值：这不是概率。
plain-works = 这组逻辑值碰巧可以直接相除；把一个逻辑值改成负数，它就不行了。
plain-table = 直接相除与 softmax 对比
column-softmax = softmax

## 先预测，再挑战：题目（其余内容在 predict.ftl）。
predict-add = 每个逻辑值都加 10，p(猫) 会怎样？
predict-double = 每个逻辑值都翻倍，p(猫) 变成多少？
challenge-forty = 让两个词元的概率恰好各为 40%。

## 平移不变性。
shift-title = 平移不变性
shift-text = 给每个逻辑值加上同一个数：每个 eᶻ 都乘上同一个因子，相除时正好约掉。试一试，看看概率图表。
shift-down = 每个逻辑值 −1
shift-up = 每个逻辑值 +1
shift-report = 每个逻辑值共移动了 { $total }；各概率的最大变化为 { $moved }。
