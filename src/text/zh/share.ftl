## “分享 / 嵌入”对话框，供教师使用。

## 对话框。
title = 分享或嵌入本节
link-label = 本节链接
code-label = 课程页面的嵌入代码
copy-link = 复制链接
copy-code = 复制嵌入代码
link-copied = 链接已复制。
code-copied = 嵌入代码已复制。
copy-by-hand = 文本已选中：按 Ctrl+C（Mac 上按 ⌘C）复制。
clipboard-closed = 浏览器不允许访问剪贴板：文本已选中，请按 Ctrl+C 复制。
close = 关闭

## 选项。
start-from = 初始值
from-current = 当前屏幕上的值
from-defaults = 本课的默认值
theme = 主题
theme-auto = 跟随读者的系统设置
theme-light = 浅色
theme-dark = 深色
theme-contrast = 高对比度，适合投影
hide-controls = 隐藏这些控件
hide-nav = 章节导航（仅限链接）
hide-predict = 预测与挑战
hide-editor = 词元编辑器
hide-presets = 示例按钮
hide-shift = 平移按钮
hide-arithmetic = 分步计算

## 嵌入框架如何确定高度。
fit = 嵌入框架如何确定高度
fit-script = 由脚本自动适配本节（推荐）
fit-fixed = 固定高度，适用于会删除脚本的编辑器
narrowest-frame = 最窄框架宽度{ " " }
width-phones = { $width } px：手机及更宽的屏幕
width-tablets = { $width } px：平板及更宽的屏幕
width-laptops = { $width } px：笔记本电脑及更宽的屏幕
fit-script-hint =
    请原样粘贴：其中的脚本会让框架随本节内容伸缩。如果你的课程页面编辑器会删除脚本（很多 LMS 编辑器都会），请改选固定高度。
measuring = 正在以这些设置、在 { $width } px 宽的框架中测量本节……
measured =
    按本节和这些设置测得：在 { $width } px 宽的框架中高 { $height } px。框架更宽时，本节下方会留白；更窄时，内容在框架内滚动。
not-measured = 无法在此测量本节，因此高度取本节在当前屏幕上的高度：请在你的课程页面中检查框架。
frame-title = { -brand }：{ $section }

## 学习管理系统。
lms-title = 用于学习管理系统（LMS）
lms-text =
    Moodle、Canvas、Blackboard 和 Brightspace 可以把整个课程作为一个 SCORM 1.2 包导入；它会记录每个学生的学习进度和测验分数。
lms-download = 下载 LMS 课程包
