<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ActivationsLab</name>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="94"/>
        <source>the network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="94"/>
        <source>its single layer</source>
        <translation>하나의 레이어</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="97"/>
        <source>Collapse the current network</source>
        <translation>현재 신경망을 하나로 합치기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="98"/>
        <source>With the linear activation everywhere, compute the one W and b that do the same as all the layers</source>
        <translation>모든 층이 선형 활성화일 때, 모든 층과 같은 일을 하는 하나의 W와 b를 계산합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="101"/>
        <source>&lt;b&gt;Many linear layers equal one.&lt;/b&gt; X·W1 + B1, then ·W2 + B2 … is X·W + b with W = W1·W2·…, b = (B1·W2 + B2)·…: without a non-linear activation, depth adds nothing.</source>
        <translation>&lt;b&gt;선형 레이어는 많아도 하나와 같다.&lt;/b&gt; X·W1 + B1 다음 ·W2 + B2 … 는 X·W + b 이고 W = W1·W2·…, b = (B1·W2 + B2)·… 이다: 비선형 활성화 함수가 없으면 층을 쌓아도 소용없다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="130"/>
        <source>The window&apos;s network is not all-linear, so here is an example 2-3-2-1 linear network. </source>
        <translation>창의 신경망이 모두 선형은 아니므로 2-3-2-1 선형 신경망 예를 보여 줍니다. </translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="153"/>
        <source>W = </source>
        <translation>W = </translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="154"/>
        <source> (transposed), b = </source>
        <translation> (전치), b = </translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="155"/>
        <source>&lt;br&gt;Same output everywhere on the plane: the boundaries are identical.</source>
        <translation>&lt;br&gt;평면 어디서나 출력이 같습니다: 결정 경계가 똑같습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/activations_lab.py" line="156"/>
        <source>&lt;br&gt;The outputs differ!</source>
        <translation>&lt;br&gt;출력이 다릅니다!</translation>
    </message>
</context>
<context>
    <name>BoundaryView</name>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="148"/>
        <source>A digit has 64 inputs (its 8×8 pixels), so there is no plane to draw here: draw a digit instead, or take one of the test digits, and see the ten answers.</source>
        <translation>숫자 하나는 입력이 64개(8×8 픽셀)라 여기에 그릴 평면이 없습니다. 대신 숫자를 직접 그리거나 테스트 숫자를 하나 골라 열 개의 답을 보세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="151"/>
        <source>Training diverged: the loss became NaN or infinite, and training paused. Lower the learning rate, then Reset or Rewind.</source>
        <translation>학습이 발산했습니다: 손실이 NaN 또는 무한대가 되어 학습을 멈췄습니다. 학습률을 낮춘 뒤 초기화나 되감기를 하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="153"/>
        <source>Show test data</source>
        <translation>테스트 데이터 보기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="154"/>
        <source>Draw the test points (black rim) too. The network never trains on them: they show how it generalises.</source>
        <translation>테스트 점(검은 테두리)도 그립니다. 신경망은 이 점으로 학습하지 않으므로 일반화 성능을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="156"/>
        <source>Discretize output</source>
        <translation>출력 이산화</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="157"/>
        <source>Colour each point of the plane by the class the network picks, instead of by its raw output.</source>
        <translation>평면의 각 점을 출력값 대신 신경망이 고른 클래스로 칠합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="159"/>
        <source>✎ Add points</source>
        <translation>✎ 점 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="161"/>
        <source>Click the plane to add a training point of the chosen class; right-click a point to remove it. Your points replace the data set.</source>
        <translation>평면을 클릭하면 고른 클래스의 학습 점을 추가하고, 오른쪽 클릭하면 점을 지웁니다. 직접 만든 점이 데이터 세트를 대신합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="163"/>
        <source>The class (or, for regression, the value) of the points you add</source>
        <translation>추가할 점의 클래스(회귀에서는 값)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="165"/>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="166"/>
        <source>Remove every point, to draw your own data from scratch</source>
        <translation>모든 점을 지우고 처음부터 데이터를 그립니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="169"/>
        <source>What am I seeing? The colour at each point of the plane is the network&apos;s output there: blue for class 1 (or high values), orange for class 0 (or low values), grey in between. The dots are the data, coloured by their true class.</source>
        <translation>무엇을 보고 있나요? 평면 각 점의 색은 그곳에서의 신경망 출력입니다: 파랑은 클래스 1(또는 큰 값), 주황은 클래스 0(또는 작은 값), 회색은 그 사이입니다. 점들은 데이터이며 실제 클래스 색으로 칠해져 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="196"/>
        <source>&lt;b&gt;Watch:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;지켜볼 점:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="234"/>
        <source>● class 0 (orange)</source>
        <translation>● 클래스 0 (주황)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="234"/>
        <source>■ class 1 (blue)</source>
        <translation>■ 클래스 1 (파랑)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="235"/>
        <source>class {0}</source>
        <translation>클래스 {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="177"/>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="331"/>
        <source>Showing the map of the hovered neuron</source>
        <translation>마우스를 올린 뉴런의 출력 지도를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="146"/>
        <source>64 inputs, no plane: draw a digit, or take a test one</source>
        <translation>입력 64개, 평면 없음: 숫자를 그리거나 테스트 숫자를 고르세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="278"/>
        <source>{0:,} of the {1:,} points are drawn, an even sample</source>
        <translation>점 {1:,}개 중 고르게 뽑은 {0:,}개를 그렸습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="379"/>
        <source>Test loss —   Training loss —</source>
        <translation>테스트 손실 —   학습 손실 —</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="381"/>
        <source>Test loss &lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; Training loss &lt;b&gt;{1}&lt;/b&gt;</source>
        <translation>테스트 손실 &lt;b&gt;{0}&lt;/b&gt; &amp;nbsp; 학습 손실 &lt;b&gt;{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/boundary_view.py" line="384"/>
        <source> &amp;nbsp; Test accuracy &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation> &amp;nbsp; 테스트 정확도 &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="95"/>
        <source>Confusion matrices: a row for each true class, a column for each class the network predicts. The diagonal is what it gets right.</source>
        <translation>혼동 행렬: 행은 실제 클래스, 열은 신경망이 예측한 클래스입니다. 대각선이 맞힌 개수입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="99"/>
        <source>A regression predicts numbers, not classes: there is no confusion matrix.</source>
        <translation>회귀는 클래스가 아니라 수를 예측하므로 혼동 행렬이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="101"/>
        <source>Training diverged: the network predicts nothing. Reset (R) or Rewind (Shift+R).</source>
        <translation>학습이 발산했습니다. 신경망이 아무것도 예측하지 못합니다. 초기화(R)나 되감기(Shift+R)를 하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="106"/>
        <source> (an even sample of the points)</source>
        <translation> (점들을 고르게 뽑은 표본)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="107"/>
        <source>true</source>
        <translation>실제</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="107"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="110"/>
        <source>Training points</source>
        <translation>학습 점</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/confusion_view.py" line="110"/>
        <source>Test points</source>
        <translation>테스트 점</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="193"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="196"/>
        <source>Data set &apos;{0}&apos; ({1})</source>
        <translation>데이터 세트 &apos;{0}&apos; ({1})</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="200"/>
        <source>Noise in percent: flips labels near the boundary (or moves points). Changing it draws new data and starts training anew.</source>
        <translation>노이즈(%): 경계 근처의 레이블을 뒤집습니다(또는 점을 옮깁니다). 바꾸면 새 데이터로 학습을 다시 시작합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="203"/>
        <source>Percent of the points used for training; the rest are test points.</source>
        <translation>학습에 쓰는 점의 비율(%)이며 나머지는 테스트 점입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="205"/>
        <source>Samples per update. Small batches: noisy, quick steps; large: smooth, slow.</source>
        <translation>한 번 갱신에 쓰는 샘플 수. 작은 배치: 빠르지만 흔들림, 큰 배치: 매끄럽지만 느림.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="199"/>
        <source>Noise</source>
        <translation>노이즈</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="202"/>
        <source>Train %</source>
        <translation>학습 비율 %</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="204"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="209"/>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="213"/>
        <source>Draw new points from the same data set (a new seed). The network keeps its weights.</source>
        <translation>같은 데이터 세트에서 새 점을 뽑습니다(새 시드). 신경망의 가중치는 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="194"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="255"/>
        <source>Classification</source>
        <translation>분류</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="256"/>
        <source>Regression</source>
        <translation>회귀</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="256"/>
        <source>Multi-class</source>
        <translation>다중 클래스</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="227"/>
        <source>What the network predicts: a class, a number, or one of several classes. Picks a matching data set.</source>
        <translation>신경망이 예측하는 것: 클래스, 숫자, 또는 여러 클래스 중 하나. 맞는 데이터 세트를 고릅니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="218"/>
        <source>MSE  ½Σ(y−t)²</source>
        <translation>평균 제곱 오차  ½Σ(y−t)²</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="218"/>
        <source>Cross-entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="230"/>
        <source>Loss function: how wrong the output is. Cross-entropy gives a sigmoid or softmax output.</source>
        <translation>손실 함수: 출력이 얼마나 틀렸는가. 교차 엔트로피는 시그모이드나 소프트맥스 출력을 씁니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="233"/>
        <source>Learning rate η: the size of each step down the gradient (w ← w − η·∂E/∂w). Pick one or type a number.</source>
        <translation>학습률 η: 그래디언트를 따라 내려가는 한 걸음의 크기 (w ← w − η·∂E/∂w). 고르거나 숫자를 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="236"/>
        <source>Activation function of every hidden layer (set one layer&apos;s from its header in the diagram).</source>
        <translation>모든 은닉층의 활성화 함수 (한 층만 바꾸려면 구조도의 층 제목에서).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="220"/>
        <source>Momentum (β 0.9)</source>
        <translation>모멘텀 (β 0.9)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="221"/>
        <source>Perceptron rule</source>
        <translation>퍼셉트론 학습 규칙</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="239"/>
        <source>How gradients become steps: plain SGD, SGD with momentum, or Adam. The perceptron rule (no gradient) trains a single layer of step units.</source>
        <translation>그래디언트로 한 걸음을 정하는 방법: SGD, 모멘텀 SGD, Adam. 퍼셉트론 규칙(그래디언트 없음)은 계단 함수 유닛 한 층을 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="222"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="242"/>
        <source>Regularization pulls weights towards 0 to fight overfitting.</source>
        <translation>정규화는 과적합을 막으려고 가중치를 0 쪽으로 당깁니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="244"/>
        <source>Regularization rate λ.</source>
        <translation>정규화 비율 λ.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="226"/>
        <source>Problem type</source>
        <translation>문제 유형</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="210"/>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="211"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="212"/>
        <source> epochs</source>
        <translation> 에포크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="229"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="232"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="235"/>
        <source>Activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="238"/>
        <source>Optimizer</source>
        <translation>최적화 방법</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="241"/>
        <source>Regularization</source>
        <translation>정규화</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="243"/>
        <source>Regularization rate</source>
        <translation>정규화 비율</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="245"/>
        <source>Stop at epoch</source>
        <translation>멈출 에포크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="246"/>
        <source>Play stops when training reaches this epoch.</source>
        <translation>학습이 이 에포크에 이르면 재생이 멈춥니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="247"/>
        <source>Stop if no better</source>
        <translation>개선 없으면 멈춤</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="248"/>
        <source>Play stops once the test loss has not improved for this many epochs (early stopping; the training loss where there are no test points).</source>
        <translation>테스트 손실이 이만큼의 에포크 동안 나아지지 않으면 재생이 멈춥니다(조기 종료. 테스트 점이 없으면 학습 손실을 봅니다).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/controls.py" line="320"/>
        <source>Learning rate: &apos;{0}&apos; is not a positive number</source>
        <translation>학습률: &apos;{0}&apos;은(는) 양수가 아닙니다</translation>
    </message>
</context>
<context>
    <name>Descent1DLab</name>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="39"/>
        <source>y = (x − 3)² + 10  (lecture)</source>
        <translation>y = (x − 3)² + 10  (강의)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="41"/>
        <source>y = x² − 6x + 4  (quiz 02)</source>
        <translation>y = x² − 6x + 4  (퀴즈 02)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="43"/>
        <source>crawls</source>
        <translation>아주 느리게 움직임</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="44"/>
        <source>converges</source>
        <translation>수렴</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="45"/>
        <source>oscillates</source>
        <translation>진동</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="46"/>
        <source>diverges</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="47"/>
        <source>at the minimum</source>
        <translation>최저점</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="48"/>
        <source>starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="49"/>
        <source>not defined here</source>
        <translation>여기서는 정의되지 않음</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="128"/>
        <source>The lecture&apos;s function, or the quiz&apos;s</source>
        <translation>강의의 함수 또는 퀴즈의 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="129"/>
        <source>A function of x: numbers, x, + − × ÷ ^, sin cos exp log sqrt tanh abs</source>
        <translation>x의 함수: 숫자, x, + − × ÷ ^, sin cos exp log sqrt tanh abs</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="131"/>
        <source>Where descent starts</source>
        <translation>경사하강을 시작할 위치</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="132"/>
        <source>One learning rate, or several separated by commas to compare them side by side</source>
        <translation>학습률 하나, 또는 쉼표로 나눈 여러 값을 나란히 비교</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="134"/>
        <source>How many steps to take</source>
        <translation>몇 걸음 갈지</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="135"/>
        <source>Draw</source>
        <translation>그리기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="136"/>
        <source>Step ▶</source>
        <translation>한 걸음 ▶</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="137"/>
        <source>One more step</source>
        <translation>한 걸음 더</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="138"/>
        <source>Preset</source>
        <translation>예제</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="139"/>
        <source>y =</source>
        <translation>y =</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="140"/>
        <source>start x</source>
        <translation>시작 x</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="140"/>
        <source>learning rates η</source>
        <translation>학습률 η</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="141"/>
        <source>steps</source>
        <translation>걸음 수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="143"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="144"/>
        <source>Every learning rate&apos;s steps: x ← x − η·y′</source>
        <translation>학습률마다의 단계: x ← x − η·y′</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="169"/>
        <source>start x and the learning rates must be numbers</source>
        <translation>시작 x와 학습률은 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent1d.py" line="173"/>
        <source>learning rates must be positive numbers</source>
        <translation>학습률은 양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>Descent2DLab</name>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="120"/>
        <source>The function to descend</source>
        <translation>내려갈 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="121"/>
        <source>Learning rate η of every path</source>
        <translation>모든 경로의 학습률 η</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="122"/>
        <source>steps</source>
        <translation>걸음 수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="123"/>
        <source>Momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="129"/>
        <source>Click the plot to start the paths there. The arrows are −∇f: from anywhere, going against the gradient leads downhill.</source>
        <translation>그래프를 클릭하면 그곳에서 경로가 시작됩니다. 화살표는 −∇f: 어디서든 그래디언트의 반대 방향으로 가면 내리막입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="132"/>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="135"/>
        <source>f drawn in 3-D beside the map, with the paths on it: drag to turn it, scroll to zoom</source>
        <translation>지도 옆에 f를 3차원으로 그리고 그 위에 경로를 표시합니다. 끌어서 돌리고, 스크롤로 확대합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="139"/>
        <source>The 3-D surface is not shown: {0}. The flat map shows the same function.</source>
        <translation>3차원 곡면을 표시할 수 없습니다: {0}. 평면 지도가 같은 함수를 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/descent2d.py" line="190"/>
        <source>η must be a positive number</source>
        <translation>η는 양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>DigitPanel</name>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="111"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="112"/>
        <source>Draw a digit with the mouse: each of the 64 inputs counts the ink in one of the 4×4 blocks</source>
        <translation>마우스로 숫자를 그리세요: 입력 64개는 각각 4×4 칸 하나에 든 잉크를 셉니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="114"/>
        <source>A test digit</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="115"/>
        <source>The next digit the network has not trained on</source>
        <translation>신경망이 학습하지 않은 다음 숫자</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="116"/>
        <source>The digit it should be: the target t</source>
        <translation>정답 숫자: 목표 t</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="117"/>
        <source>Chapter: E = 0.03</source>
        <translation>강의: E = 0.03</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="118"/>
        <source>Chapter: E = 0.81</source>
        <translation>강의: E = 0.81</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="120"/>
        <source>The chapter&apos;s answer for a 2 (그림 6-8), not the network&apos;s</source>
        <translation>신경망이 아니라 강의(그림 6-8)가 2에 대해 든 답</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="121"/>
        <source>Sigmoid + MSE</source>
        <translation>시그모이드 + MSE</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="123"/>
        <source>The chapter&apos;s network: ten sigmoid outputs and the squared error E = ½Σ(y − t)², in place of softmax and cross-entropy (the weights stay)</source>
        <translation>강의의 신경망: 소프트맥스와 교차 엔트로피 대신 시그모이드 출력 10개와 제곱 오차 E = ½Σ(y − t)² (가중치는 그대로)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="168"/>
        <source>What unit {0} of the first hidden layer looks for: its 64 weights, blue where ink raises its sum, orange where ink lowers it</source>
        <translation>첫 번째 은닉층의 {0}번 유닛이 찾는 것: 그 가중치 64개. 파란색은 잉크가 합을 키우는 곳, 주황색은 잉크가 합을 줄이는 곳입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="210"/>
        <source>The chapter&apos;s answer for a 2:</source>
        <translation>강의가 2에 대해 든 답:</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="219"/>
        <source>The network reads {0}</source>
        <translation>신경망은 {0}(으)로 읽습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_panel.py" line="239"/>
        <source>E = ½Σ(y − t)² = {0}    −log y_t = {1}</source>
        <translation>E = ½Σ(y − t)² = {0}    −log y_t = {1}</translation>
    </message>
</context>
<context>
    <name>EditNames</name>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="17"/>
        <source>Set the learning rate to {0}</source>
        <translation>학습률을 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="18"/>
        <source>Set the batch size to {0}</source>
        <translation>배치 크기를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="19"/>
        <source>Set the optimizer to {0}</source>
        <translation>최적화 방법을 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="20"/>
        <source>Set the regularization to {0}</source>
        <translation>정규화를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="21"/>
        <source>Set the regularization rate to {0}</source>
        <translation>정규화 비율을 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="22"/>
        <source>Set shuffling to {0}</source>
        <translation>섞기를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="25"/>
        <source>Set the noise to {0} %</source>
        <translation>노이즈를 {0} %로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="26"/>
        <source>Set the training share to {0} %</source>
        <translation>학습 비율을 {0} %로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="27"/>
        <source>Draw new points</source>
        <translation>새 점 그리기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="39"/>
        <source>Import points</source>
        <translation>점 가져오기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="41"/>
        <source>Set {0} to {1}</source>
        <translation>{0}을(를) {1}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="42"/>
        <source>Add a neuron to layer {0}</source>
        <translation>{0}층에 뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="43"/>
        <source>Remove a neuron from layer {0}</source>
        <translation>{0}층에서 뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="44"/>
        <source>Set the hidden layers&apos; activation to {0}</source>
        <translation>은닉층 활성화 함수를 {0}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="45"/>
        <source>Set layer {0}&apos;s activation to {1}</source>
        <translation>{0}층 활성화 함수를 {1}(으)로 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="46"/>
        <source>Change the training settings</source>
        <translation>학습 설정 변경</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="47"/>
        <source>Choose the data set {0}</source>
        <translation>데이터 세트 {0} 선택</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="48"/>
        <source>Change the data</source>
        <translation>데이터 변경</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="50"/>
        <source>Add a point</source>
        <translation>점 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="51"/>
        <source>Add {0} points</source>
        <translation>점 {0}개 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="52"/>
        <source>Remove a point</source>
        <translation>점 제거</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="53"/>
        <source>Remove {0} points</source>
        <translation>점 {0}개 제거</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="55"/>
        <source>Set up “{0}”</source>
        <translation>“{0}” 설정</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="56"/>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="30"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="31"/>
        <source>Remove the last hidden layer</source>
        <translation>마지막 은닉층 제거</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="32"/>
        <source>Change the inputs</source>
        <translation>입력 변경</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="33"/>
        <source>Change the loss</source>
        <translation>손실 함수 변경</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="34"/>
        <source>Reset the weights</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="35"/>
        <source>Rewind</source>
        <translation>되감기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="36"/>
        <source>Open a network</source>
        <translation>신경망 열기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="37"/>
        <source>Regenerate the points</source>
        <translation>점 다시 생성</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/edit_names.py" line="38"/>
        <source>Remove every point</source>
        <translation>모든 점 제거</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../mlpviz/gui/kit/error_dialog.py" line="32"/>
        <source>mlpviz: something went wrong</source>
        <translation>mlpviz: 문제가 생겼습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/error_dialog.py" line="42"/>
        <source>Details…</source>
        <translation>자세히…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/error_dialog.py" line="44"/>
        <source>The technical report, for a bug report</source>
        <translation>버그 신고에 쓸 기술 보고서</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/error_dialog.py" line="46"/>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="98"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="130"/>
        <source>Cannot save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="140"/>
        <source>Saved {0}, with the weights of epoch {1}: training had diverged, and a file of NaN weights could not be opened again</source>
        <translation>{0}에 저장했습니다. 학습이 발산해 NaN 가중치는 파일로 다시 열 수 없으므로 에포크 {1}의 가중치를 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="127"/>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="144"/>
        <source>Saved {0}</source>
        <translation>{0} 저장함</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="114"/>
        <source>Still writing {0}</source>
        <translation>아직 {0}을(를) 쓰는 중입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="133"/>
        <source>Cannot export the script</source>
        <translation>스크립트를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="147"/>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="157"/>
        <source>Cannot open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="180"/>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="181"/>
        <source>not an mlpviz session, network or CSV file</source>
        <translation>mlpviz 세션, 신경망 또는 CSV 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="173"/>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="182"/>
        <source>Cannot open the file</source>
        <translation>파일을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="219"/>
        <source>Open network</source>
        <translation>신경망 열기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="219"/>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="235"/>
        <source>Network (*.json)</source>
        <translation>신경망 (*.json)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="228"/>
        <source>Cannot open network</source>
        <translation>신경망을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="234"/>
        <source>Save network</source>
        <translation>신경망 저장</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="131"/>
        <source>Cannot save network</source>
        <translation>신경망을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="270"/>
        <source>Restore the last session?</source>
        <translation>지난 세션을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="279"/>
        <source>Cannot restore the session</source>
        <translation>세션을 복원할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="280"/>
        <source>{0}
The autosaved session is kept as {1}.</source>
        <translation>{0}
자동 저장된 세션은 {1}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="296"/>
        <source>Autosave failed: {0}</source>
        <translation>자동 저장 실패: {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="308"/>
        <source>Import data</source>
        <translation>데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="308"/>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="349"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="317"/>
        <source>Still reading {0}</source>
        <translation>아직 {0}을(를) 읽는 중입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="330"/>
        <source>Reading {0}: {1:.0%}</source>
        <translation>{0} 읽는 중: {1:.0%}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="339"/>
        <source>{0}: the window needs two input columns (x1, x2), found {1}</source>
        <translation>{0}: 입력 열이 두 개(x1, x2) 필요하지만 {1}개입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="325"/>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="334"/>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="338"/>
        <source>Cannot import the data</source>
        <translation>데이터를 가져올 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="271"/>
        <source>mlpviz did not close properly. Restore the session it autosaved at {0}?</source>
        <translation>mlpviz가 제대로 종료되지 않았습니다. {0}에 자동 저장된 세션을 복원할까요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="344"/>
        <source>{0}: {1:,} points</source>
        <translation>{0}: 점 {1:,}개</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="349"/>
        <source>Export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="132"/>
        <source>Cannot export the data</source>
        <translation>데이터를 내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="366"/>
        <source>Export NumPy script</source>
        <translation>NumPy 스크립트 내보내기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="367"/>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="378"/>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="379"/>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="387"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/file_actions.py" line="391"/>
        <source>The window is on the clipboard</source>
        <translation>창 그림을 클립보드에 복사했습니다</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../mlpviz/gui/shell/handout.py" line="66"/>
        <source>Multilayer perceptrons: the lesson, step by step</source>
        <translation>다층 퍼셉트론: 한 단계씩 배우는 수업</translation>
    </message>
</context>
<context>
    <name>HandoutExport</name>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="14"/>
        <source>Export handout (PDF)…</source>
        <translation>수업 자료 내보내기 (PDF)…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="15"/>
        <source>The lesson on paper: each page with its picture and text, then the lecture&apos;s walkthrough, every number</source>
        <translation>종이에 옮긴 수업: 쪽마다 그림과 글, 이어서 강의의 단계별 풀이와 모든 숫자</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="19"/>
        <source>Export handout</source>
        <translation>수업 자료 내보내기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="20"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="28"/>
        <source>Still writing {0}</source>
        <translation>아직 {0}을(를) 쓰는 중입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="31"/>
        <source>Writing the handout: the lesson&apos;s pages are set up off screen…</source>
        <translation>수업 자료를 쓰는 중: 수업 쪽들을 화면 밖에서 준비합니다…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="38"/>
        <source>Saved {0}</source>
        <translation>{0} 저장함</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout_export.py" line="40"/>
        <source>The handout was not written: {0}</source>
        <translation>수업 자료를 쓰지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>LabWindow</name>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="111"/>
        <source>mlpviz labs</source>
        <translation>mlpviz 실습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="107"/>
        <source>Gradient descent 1-D</source>
        <translation>경사하강법 1차원</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="107"/>
        <source>Gradient descent 2-D</source>
        <translation>경사하강법 2차원</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="108"/>
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="108"/>
        <source>Quiz 03: three activations</source>
        <translation>퀴즈 03: 세 가지 활성화 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="112"/>
        <source>Back to the network</source>
        <translation>신경망으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/lab_window.py" line="113"/>
        <source>The network diagram in this place again (the lab stays as it is)</source>
        <translation>이 자리에 다시 신경망 그림을 보여 줍니다(실습은 그대로 남습니다)</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="141"/>
        <source>{0} / {1}  {2}</source>
        <translation>{0} / {1}  {2}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="145"/>
        <source>Previous page (Page Up)</source>
        <translation>이전 쪽 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="146"/>
        <source>Next page (Page Down)</source>
        <translation>다음 쪽 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="149"/>
        <source>Copy Playground link</source>
        <translation>플레이그라운드 링크 복사</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="150"/>
        <source>The same run, to open in a browser: TensorFlow Playground&apos;s link with its seed</source>
        <translation>같은 실행을 브라우저에서: 시드가 들어간 텐서플로 플레이그라운드 링크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="156"/>
        <source>Page {0}: {1}</source>
        <translation>{0}쪽: {1}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/lesson.py" line="158"/>
        <source>Turn to page {0}</source>
        <translation>{0}쪽으로 넘깁니다</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="45"/>
        <source>Cannot open the link</source>
        <translation>링크를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="47"/>
        <source>Opened the link</source>
        <translation>링크를 열었습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="55"/>
        <source>Open link</source>
        <translation>링크 열기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="56"/>
        <source>A TensorFlow Playground link, or an mlpviz set-up link:</source>
        <translation>텐서플로 플레이그라운드 링크나 mlpviz 설정 링크:</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="69"/>
        <source>Playground cannot show this set-up: {0}</source>
        <translation>플레이그라운드로는 이 설정을 보여 줄 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="79"/>
        <source>The Playground link is on the clipboard</source>
        <translation>플레이그라운드 링크를 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/files/links.py" line="82"/>
        <source>The set-up link is on the clipboard</source>
        <translation>설정 링크를 클립보드에 복사했습니다</translation>
    </message>
</context>
<context>
    <name>LossView</name>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="87"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="88"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="89"/>
        <source>training loss</source>
        <translation>학습 손실</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="89"/>
        <source>test loss</source>
        <translation>테스트 손실</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="93"/>
        <source>Log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="94"/>
        <source>Show the loss on a logarithmic axis: late, small improvements stay visible.</source>
        <translation>손실을 로그 축으로 보여 줍니다: 나중의 작은 개선도 보입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="96"/>
        <source>What am I seeing? The loss on the training data (dark) and on the test data (orange) after each epoch. Both falling: the network learns. Test rising while training falls: it overfits.</source>
        <translation>무엇을 보고 있나요? 에포크마다 학습 데이터(진한 선)와 테스트 데이터(주황)의 손실입니다. 둘 다 내려가면 학습 중이고, 학습 손실은 내려가는데 테스트 손실이 오르면 과적합입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="197"/>
        <source>epoch {0}
training {1:.4f}</source>
        <translation>에포크 {0}
학습 {1:.4f}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/loss_view.py" line="199"/>
        <source>
test {0:.4f}</source>
        <translation>
테스트 {0:.4f}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="237"/>
        <source>mlpviz — multilayer perceptrons, step by step</source>
        <translation>mlpviz — 다층 퍼셉트론, 한 단계씩</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="239"/>
        <source>Data and training</source>
        <translation>데이터와 학습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="240"/>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="47"/>
        <source>Output (decision boundary)</source>
        <translation>출력 (결정 경계)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="241"/>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="49"/>
        <source>Loss curve</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="242"/>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="51"/>
        <source>Gradient quiver</source>
        <translation>그래디언트 화살표</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="243"/>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="53"/>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="244"/>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="55"/>
        <source>Walkthrough</source>
        <translation>단계별 풀이</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="245"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="325"/>
        <source>Presentation mode at {0:.0%} (F5 to leave, Ctrl+= / Ctrl+− to zoom, F11 full screen)</source>
        <translation>발표 모드 {0:.0%} (F5로 끄기, Ctrl+= / Ctrl+−로 확대·축소, F11 전체 화면)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="327"/>
        <source>Presentation mode off</source>
        <translation>발표 모드 끔</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="225"/>
        <source>The translation for &apos;{0}&apos; is missing</source>
        <translation>&apos;{0}&apos; 번역 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="247"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/main_window.py" line="313"/>
        <source>  Epoch {0}   Step {1}  </source>
        <translation>  에포크 {0}   스텝 {1}  </translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="45"/>
        <source>Network diagram</source>
        <translation>신경망 구조도</translation>
    </message>
</context>
<context>
    <name>MistakeGallery</name>
    <message>
        <location filename="../../mlpviz/gui/views/digit_gallery.py" line="70"/>
        <source>A {0}, read as {1}; its second answer {2}</source>
        <translation>{0}을(를) {1}(으)로 읽음. 두 번째 답은 {2}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/digit_gallery.py" line="77"/>
        <source>Test digits it reads wrong: {0} of {1}</source>
        <translation>잘못 읽은 테스트 숫자: {1}개 중 {0}개</translation>
    </message>
</context>
<context>
    <name>NetworkItems</name>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_items.py" line="207"/>
        <source>{0} = {1} (bias)</source>
        <translation>{0} = {1} (편향)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_items.py" line="213"/>
        <source>Click to type a value, or drag up or down to change it.</source>
        <translation>클릭해서 값을 입력하거나, 위아래로 끌어서 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>NetworkQuiver</name>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="134"/>
        <source>Pick two parameters</source>
        <translation>매개변수 두 개 고르기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="135"/>
        <source>Then click two links or biases on the diagram</source>
        <translation>그다음 구조도에서 연결선이나 바이어스 두 개를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="136"/>
        <source>How far around the current values the grid reaches</source>
        <translation>현재 값 주위로 격자가 얼마나 넓은지</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="138"/>
        <source>What am I seeing? The colour is the training loss E over two parameters (dark low, bright high), all others fixed; arrows are −∇E, the way gradient descent steps; the red line is the path the two parameters have taken.</source>
        <translation>무엇을 보고 있나요? 색은 다른 것을 고정한 채 두 매개변수에 대한 학습 손실 E입니다(어두우면 낮고 밝으면 높음). 화살표는 −∇E, 즉 경사하강법이 가는 방향이며, 빨간 선은 두 매개변수가 지나온 경로입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="144"/>
        <source>The loss as a surface in 3-D, with the path going down it: drag to turn it, scroll to zoom</source>
        <translation>손실을 3차원 곡면으로, 그 위를 내려가는 경로와 함께 보여 줍니다. 끌어서 돌리고, 스크롤로 확대합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="146"/>
        <source>No 3-D view here: {0}</source>
        <translation>여기서는 3차원 보기를 쓸 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="148"/>
        <source>The 3-D view is not available: {0}. The flat view shows the same landscape.</source>
        <translation>3차원 보기를 쓸 수 없습니다: {0}. 평면 보기가 같은 손실 지형을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="161"/>
        <source>Click two links or biases on the diagram</source>
        <translation>구조도에서 연결선이나 바이어스 두 개를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="163"/>
        <source>Training diverged: the weights are not numbers, there is no landscape. Reset (R) or Rewind (Shift+R).</source>
        <translation>학습이 발산했습니다. 가중치가 숫자가 아니어서 손실 지형을 그릴 수 없습니다. 초기화(R)나 되감기(Shift+R)를 하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="166"/>
        <source>No training points: the loss is not defined. Add points or choose a data set.</source>
        <translation>학습 점이 없어 손실이 정의되지 않습니다. 점을 추가하거나 데이터셋을 고르세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="170"/>
        <source>log₁₀ of the training loss E (the height) over {0} and {1}, the other parameters as they are</source>
        <translation>{0}와 {1}에 대한 학습 손실 E의 log₁₀ (높이), 나머지 매개변수는 현재 값 그대로</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/views/network_quiver.py" line="172"/>
        <source>log₁₀ of the training loss E over {0} (across) and {1} (up), the other parameters as they are</source>
        <translation>학습 손실 E의 log₁₀, 가로 {0}와 세로 {1}에 대해 (다른 매개변수는 지금 값 그대로)</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_view.py" line="107"/>
        <source>What am I seeing? Each square is a neuron, drawn as its own output over the input plane (blue high, orange low). Links are weights: blue positive, orange negative, thicker for larger values. Hover a neuron to see its map large.</source>
        <translation>무엇을 보고 있나요? 각 네모는 뉴런이며, 입력 평면 위에서의 그 뉴런의 출력을 그린 것입니다(파랑 높음, 주황 낮음). 연결선은 가중치입니다: 파랑은 양수, 주황은 음수이며 클수록 굵습니다. 뉴런에 마우스를 올리면 크게 보입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/input_column.py" line="46"/>
        <source>Input {0}: click to switch it on or off</source>
        <translation>입력 {0}: 클릭하면 켜고 끕니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_view.py" line="169"/>
        <source>OUTPUT</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_view.py" line="172"/>
        <source>INPUTS</source>
        <translation>입력층</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_view.py" line="200"/>
        <source>The {0} strongest of {1} links are drawn</source>
        <translation>연결 {1}개 중 가장 강한 {0}개를 그렸습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="35"/>
        <source>Add a hidden layer</source>
        <translation>은닉층 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="38"/>
        <source>Remove the last hidden layer</source>
        <translation>마지막 은닉층 제거</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="46"/>
        <source>{0} HIDDEN LAYERS</source>
        <translation>은닉층 {0}개</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="48"/>
        <source>1 HIDDEN LAYER</source>
        <translation>은닉층 1개</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="61"/>
        <source>Add a neuron to this layer</source>
        <translation>이 층에 뉴런 추가</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="64"/>
        <source>Remove a neuron from this layer</source>
        <translation>이 층의 뉴런 제거</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="72"/>
        <source>{0} neurons</source>
        <translation>뉴런 {0}개</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="74"/>
        <source>1 neuron</source>
        <translation>뉴런 1개</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="79"/>
        <source>This layer&apos;s activation function: click to change it</source>
        <translation>이 층의 활성화 함수: 클릭해서 바꿉니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="141"/>
        <source>output layer</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="143"/>
        <source>hidden layer {0}</source>
        <translation>은닉층 {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/diagram_headers.py" line="144"/>
        <source>{0} ({1}, {2}). Hover to see its map large.</source>
        <translation>{0} ({1}, {2}). 마우스를 올리면 출력 지도를 크게 봅니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/network_view.py" line="391"/>
        <source>At least one input must stay on.</source>
        <translation>입력은 적어도 하나 켜져 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>PenTools</name>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="263"/>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="267"/>
        <source>Pen</source>
        <translation>펜</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="265"/>
        <source>Pen and pointer (P): draw over the window to point something out; Backspace takes back a stroke, Esc clears them. Nothing drawn changes the network.</source>
        <translation>펜과 포인터 (P): 창 위에 그려서 무언가를 가리킵니다. Backspace는 획 하나를 되돌리고, Esc는 모두 지웁니다. 그린 것은 신경망을 바꾸지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="267"/>
        <source>Laser pointer</source>
        <translation>레이저 포인터</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="268"/>
        <source>Highlighter</source>
        <translation>형광펜</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="271"/>
        <source>Red</source>
        <translation>빨강</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="271"/>
        <source>Blue</source>
        <translation>파랑</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="272"/>
        <source>Yellow</source>
        <translation>노랑</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="275"/>
        <source>Take back the last stroke</source>
        <translation>마지막 획 되돌리기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/pen_overlay.py" line="276"/>
        <source>Clear the strokes</source>
        <translation>획 모두 지우기</translation>
    </message>
</context>
<context>
    <name>Quiz03Lab</name>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="90"/>
        <source>Epochs each network trains</source>
        <translation>각 신경망이 학습할 에포크 수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="91"/>
        <source>Train all three</source>
        <translation>셋 모두 학습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="107"/>
        <source>not trained yet</source>
        <translation>아직 학습 전</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="93"/>
        <source>&lt;b&gt;Quiz 03.&lt;/b&gt; One network shape (2 hidden layers of 4 and 2) on Playground&apos;s XOR, with each activation. Linear cannot bend its boundary; ReLU and sigmoid can (sigmoid learns more slowly).</source>
        <translation>&lt;b&gt;퀴즈 03.&lt;/b&gt; 같은 구조(은닉층 4, 2)의 신경망을 플레이그라운드의 XOR에 활성화 함수만 바꿔 학습합니다. 선형은 경계를 구부리지 못하고, ReLU와 시그모이드는 구부립니다(시그모이드는 더 느림).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="96"/>
        <source>epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="101"/>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="120"/>
        <source>training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="104"/>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="149"/>
        <source>test loss {0:.3f}, accuracy {1:.0%}</source>
        <translation>테스트 손실 {0:.3f}, 정확도 {1:.0%}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/labs/quiz03.py" line="137"/>
        <source>epoch {0}: test loss {1:.3f}, accuracy {2:.0%}</source>
        <translation>에포크 {0}: 테스트 손실 {1:.3f}, 정확도 {2:.0%}</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="40"/>
        <source>Record…</source>
        <translation>녹화…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="41"/>
        <source>The window as it trains the next epochs, as a GIF, WebP or MP4 film</source>
        <translation>다음 에포크들을 학습하는 창을 GIF, WebP 또는 MP4 영상으로</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="46"/>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="53"/>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="88"/>
        <source>Record</source>
        <translation>녹화</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="47"/>
        <source>Animations (*.gif *.webp *.mp4)</source>
        <translation>애니메이션 (*.gif *.webp *.mp4)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="54"/>
        <source>Epochs to train and record:</source>
        <translation>학습하며 녹화할 에포크 수:</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="64"/>
        <source>Still recording {0}</source>
        <translation>아직 {0}을(를) 녹화하는 중입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="86"/>
        <source>Recording {0}…</source>
        <translation>{0} 녹화 중…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="87"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="113"/>
        <source>Saved {0}</source>
        <translation>{0} 저장함</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="115"/>
        <source>Recording cancelled: nothing was written</source>
        <translation>녹화를 취소했습니다: 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/record_export.py" line="117"/>
        <source>The recording was not written: {0}</source>
        <translation>녹화를 쓰지 못했습니다: {0}</translation>
    </message>
</context>
<context>
    <name>ThemeChoice</name>
    <message>
        <location filename="../../mlpviz/gui/shell/theme_choice.py" line="81"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/theme_choice.py" line="82"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/theme_choice.py" line="82"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/theme_choice.py" line="83"/>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
</context>
<context>
    <name>TrainingPath</name>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="15"/>
        <source>compiled kernels (Numba), with NumPy as the reference</source>
        <translation>컴파일된 커널(Numba), 기준은 NumPy</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="17"/>
        <source>the perceptron rule</source>
        <translation>퍼셉트론 규칙</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="18"/>
        <source>NumPy, while the compiled kernels warm up (on the first start only)</source>
        <translation>NumPy (컴파일된 커널을 준비하는 동안, 처음 시작할 때만)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="20"/>
        <source>NumPy (Numba is not installed here or could not load, or MLPVIZ_NO_JIT is set: mlpviz --info and the log say which)</source>
        <translation>NumPy (이 컴퓨터에 Numba가 없거나 불러올 수 없음, 또는 MLPVIZ_NO_JIT 설정됨: mlpviz --info와 로그에서 어느 쪽인지 알 수 있음)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="23"/>
        <source>NumPy (the compiled kernels are not loaded yet)</source>
        <translation>NumPy (컴파일된 커널을 아직 불러오지 않음)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="24"/>
        <source>TensorFlow Playground&apos;s own arithmetic, one example at a time</source>
        <translation>텐서플로 플레이그라운드와 똑같은 계산(예제를 하나씩)</translation>
    </message>
</context>
<context>
    <name>TrainingPathLabel</name>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="78"/>
        <source>Playground-exact · seed {0}</source>
        <translation>플레이그라운드와 동일 · 시드 {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="80"/>
        <source>This run is TensorFlow Playground&apos;s own: its points, its starting weights and its training, number for number. Reset, Regenerate and the controls Playground has keep it so; Edit ▸ Copy Playground link opens it in a browser.</source>
        <translation>이 실행은 텐서플로 플레이그라운드의 실행 그대로입니다: 점, 초기 가중치, 학습이 숫자 하나까지 같습니다. 초기화, 다시 생성, 그리고 플레이그라운드에도 있는 설정은 이를 그대로 유지합니다. 편집 ▸ 플레이그라운드 링크 복사로 브라우저에서 열 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="85"/>
        <source>Warming up the fast kernels…</source>
        <translation>빠른 학습 커널 준비 중…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/runtime/training_path.py" line="87"/>
        <source>The first start after installing compiles the training kernels in the background (some seconds). Training runs on NumPy meanwhile, more slowly, and speeds up by itself.</source>
        <translation>설치 후 처음 시작할 때 학습 커널을 백그라운드에서 컴파일합니다(몇 초). 그동안 학습은 NumPy로 조금 느리게 진행되고, 준비가 끝나면 저절로 빨라집니다.</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="92"/>
        <source>&amp;Undo {0}</source>
        <translation>실행 취소: {0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="93"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="94"/>
        <source>&amp;Redo {0}</source>
        <translation>다시 실행: {0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="95"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="99"/>
        <source>&amp;History</source>
        <translation>편집 기록(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="100"/>
        <source>Every edit since the session was opened: click one to go back to it</source>
        <translation>세션을 연 뒤의 모든 편집: 하나를 누르면 그때로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="103"/>
        <source>History</source>
        <translation>편집 기록</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/undo_history.py" line="104"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;열었을 때&gt;</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../mlpviz/gui/diagram/value_editor.py" line="37"/>
        <source>New value of {0}; Enter applies, Esc cancels</source>
        <translation>{0}의 새 값; Enter로 적용, Esc로 취소</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/value_editor.py" line="56"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/diagram/value_editor.py" line="59"/>
        <source>a weight must be a finite number up to a million</source>
        <translation>가중치는 백만 이하의 유한한 수여야 합니다</translation>
    </message>
</context>
<context>
    <name>WalkthroughPanel</name>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="39"/>
        <source>Lecture 2-2-1 (sigmoid)</source>
        <translation>강의 2-2-1 (시그모이드)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="40"/>
        <source>Quiz 04 (ReLU)</source>
        <translation>퀴즈 04 (ReLU)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="146"/>
        <source>The current step&apos;s formula with the real numbers. ① ② ③ are the chain rule&apos;s three factors.</source>
        <translation>현재 단계의 식과 실제 숫자. ① ② ③은 체인룰의 세 인수입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="148"/>
        <source>The current network</source>
        <translation>현재 신경망</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="151"/>
        <source>Walk through the network in the window, or load the lecture&apos;s 2-2-1 example (or its ReLU quiz).</source>
        <translation>창의 신경망을 따라가거나, 강의의 2-2-1 예제(또는 ReLU 퀴즈)를 불러옵니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="156"/>
        <source>The sample&apos;s point (x1, x2); or click a data point in the output view</source>
        <translation>샘플의 점 (x1, x2); 또는 출력 뷰에서 데이터 점을 클릭</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="158"/>
        <source>The target, in the output&apos;s range (0/1 for sigmoid, −1/+1 for tanh)</source>
        <translation>정답(출력 범위: 시그모이드는 0/1, tanh는 −1/+1)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="160"/>
        <source>Learning rate η of the one update</source>
        <translation>한 번 갱신의 학습률 η</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="161"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="162"/>
        <source>Compute the walkthrough for this network and sample</source>
        <translation>이 신경망과 샘플로 단계별 풀이를 계산합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="153"/>
        <source>Network</source>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="154"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="155"/>
        <source>target t</source>
        <translation>정답 t</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="165"/>
        <source>First step (Home)</source>
        <translation>첫 단계 (Home)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="165"/>
        <source>Previous step (←)</source>
        <translation>이전 단계 (←)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="166"/>
        <source>Next step (→)</source>
        <translation>다음 단계 (→)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="166"/>
        <source>Last step (End)</source>
        <translation>마지막 단계 (End)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="168"/>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="170"/>
        <source>1: the one sample typed in. 2 or more: a mini-batch of the data&apos;s first training points: each sample&apos;s gradient, their mean, and one update by the window&apos;s optimizer</source>
        <translation>1: 입력한 샘플 하나. 2 이상: 데이터의 첫 학습 점들로 이루어진 미니배치 — 샘플마다의 그래디언트, 그 평균, 그리고 창의 옵티마이저로 한 번 갱신</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="173"/>
        <source>Matrix form</source>
        <translation>행렬 형태</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="174"/>
        <source>Show the same pass as Z = X·W + B with the actual matrices and their shapes</source>
        <translation>같은 계산을 실제 행렬과 모양으로 Z = X·W + B 형태로 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="176"/>
        <source>A network with more than 8 neurons in a layer is walked through along one neuron&apos;s paths: choose it</source>
        <translation>한 층에 뉴런이 8개보다 많으면 뉴런 하나의 경로를 따라갑니다: 그 뉴런을 고르세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="215"/>
        <source>{0}: &apos;{1}&apos; is not a list of numbers</source>
        <translation>{0}: &apos;{1}&apos;은(는) 숫자 목록이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="218"/>
        <source>{0}: give finite numbers</source>
        <translation>{0}: 유한한 숫자를 입력하세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="226"/>
        <source>Training diverged: the walkthrough needs weights that are numbers. Reset (R) or Rewind (Shift+R) first.</source>
        <translation>학습이 발산했습니다. 단계별 풀이에는 숫자인 가중치가 필요합니다. 먼저 초기화(R)나 되감기(Shift+R)를 하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="236"/>
        <source>target</source>
        <translation>정답</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="238"/>
        <source>target: the network has {0} outputs</source>
        <translation>정답: 신경망의 출력은 {0}개입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="242"/>
        <source>η must be greater than 0</source>
        <translation>η는 0보다 커야 합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="277"/>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="310"/>
        <source>A batch needs training points: add some or choose a data set.</source>
        <translation>배치에는 학습 점이 필요합니다. 점을 추가하거나 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="339"/>
        <source>follow {0}</source>
        <translation>{0} 따라가기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="367"/>
        <source>Press Start, or pick a preset</source>
        <translation>시작을 누르거나 예제를 고르세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="369"/>
        <source>&lt;h3&gt;Backprop, step by step&lt;/h3&gt;&lt;p&gt;Choose a network and one sample, then press Start. → and ← move through the forward pass, the loss, the backward pass and the updates.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;역전파, 한 단계씩&lt;/h3&gt;&lt;p&gt;신경망과 샘플 하나를 고른 뒤 시작을 누르세요. → 와 ← 로 순방향 패스, 손실, 역방향 패스, 가중치 갱신을 따라갑니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/handout.py" line="105"/>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_panel.py" line="373"/>
        <source>Step {0} of {1}: {2}</source>
        <translation>{1}단계 중 {0}단계: {2}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_text.py" line="84"/>
        <source>&lt;p class=note&gt;A large network: following the paths of one neuron.&lt;/p&gt;</source>
        <translation>&lt;p class=note&gt;큰 신경망: 뉴런 하나의 경로를 따라갑니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_text.py" line="93"/>
        <source>&lt;p class=note&gt;The slide prints {0} here: the slides cut numbers to 6 decimals, mlpviz rounds them, to {1}.&lt;/p&gt;</source>
        <translation>&lt;p class=note&gt;여기서 슬라이드는 {0}로 적습니다: 슬라이드는 소수 6자리에서 버리고, mlpviz는 반올림해 {1}입니다.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>WalkthroughRuns</name>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="39"/>
        <source>The slide says y = {0}, E = {1} after {2:,} steps. mlpviz computes y = {3}, E = {4} after {2:,} steps, and y = {6}, E = {7} after {5:,}: the slide&apos;s figure is what {5:,} steps give, its last digit cut.</source>
        <translation>슬라이드는 {2:,}번 후 y = {0}, E = {1}이라고 합니다. mlpviz로 계산하면 {2:,}번 후 y = {3}, E = {4}이고, {5:,}번 후 y = {6}, E = {7}입니다: 슬라이드의 값은 {5:,}번의 결과에서 마지막 자리를 버린 것입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="108"/>
        <source>How many updates on this one sample</source>
        <translation>이 샘플 하나로 몇 번 갱신할지</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="109"/>
        <source>Run N steps</source>
        <translation>N번 실행</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="110"/>
        <source>Train a copy of the network on this sample N times and show the output and the loss</source>
        <translation>신경망의 복사본을 이 샘플로 N번 학습하고 출력과 손실을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="112"/>
        <source>Go on with XOR</source>
        <translation>XOR로 계속</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="114"/>
        <source>The lecture&apos;s sample is the first row of the XOR truth table: train this network on all four rows and watch it solve XOR</source>
        <translation>강의의 샘플은 XOR 진리표의 첫 행입니다: 네 행 모두로 이 신경망을 학습해 XOR을 푸는 것을 보세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="116"/>
        <source>Export Markdown…</source>
        <translation>Markdown 내보내기…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="117"/>
        <source>Lecture notes: every step with LaTeX math</source>
        <translation>강의 노트: LaTeX 수식으로 된 모든 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="118"/>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="119"/>
        <source>Every record of the walkthrough as data</source>
        <translation>단계별 풀이의 모든 기록을 데이터로</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="134"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="143"/>
        <source>After {0:,} steps: output {1}, E = {2}</source>
        <translation>{0:,}번 후: 출력 {1}, E = {2}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="183"/>
        <source>Training this network on all four rows of XOR (η = {0}, one row a step). Watch the output map: the net solves XOR in a few thousand epochs.</source>
        <translation>이 신경망을 XOR 네 행 모두로 학습합니다(η = {0}, 한 번에 한 행). 출력 지도를 보세요: 몇천 에포크면 XOR을 풉니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="192"/>
        <source>Export walkthrough</source>
        <translation>단계별 풀이 내보내기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="206"/>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="224"/>
        <source>the window&apos;s network</source>
        <translation>창의 신경망</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="214"/>
        <source>Exporting the walkthrough to {0}…</source>
        <translation>단계별 풀이를 {0}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="216"/>
        <source>Still writing the last export</source>
        <translation>아직 이전 내보내기를 쓰는 중입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="228"/>
        <source>Exported {0}</source>
        <translation>{0}(으)로 내보냈습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/walkthrough/walkthrough_runs.py" line="231"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="86"/>
        <source>Playground&apos;s pace (an epoch a frame)</source>
        <translation>플레이그라운드 속도 (한 프레임에 에포크 하나)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="88"/>
        <source>As fast as it can</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="89"/>
        <source>{0} epochs a second</source>
        <translation>초당 {0} 에포크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="90"/>
        <source>1 epoch a second</source>
        <translation>초당 1 에포크</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="117"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="117"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="128"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="129"/>
        <source>Train one batch or one epoch (→); in the walkthrough, the next step</source>
        <translation>배치 하나 또는 에포크 하나를 학습 (→); 단계별 풀이에서는 다음 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="130"/>
        <source>Walkthrough</source>
        <translation>단계별 풀이</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="131"/>
        <source>Step through one sample&apos;s forward pass and backprop (W)</source>
        <translation>한 샘플의 순방향 패스와 역전파를 한 단계씩 (W)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="132"/>
        <source>Lesson</source>
        <translation>수업</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="133"/>
        <source>Chapter 6 in order, a page at a time (Page Down, Page Up)</source>
        <translation>6장을 순서대로, 한 쪽씩 (Page Down, Page Up)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="134"/>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="134"/>
        <source>The lesson&apos;s next page (Page Down)</source>
        <translation>수업의 다음 쪽 (Page Down)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="135"/>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="136"/>
        <source>The lesson&apos;s previous page (Page Up)</source>
        <translation>수업의 이전 쪽 (Page Up)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="137"/>
        <source>Next step</source>
        <translation>다음 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="138"/>
        <source>The walkthrough&apos;s next step (→)</source>
        <translation>단계별 풀이의 다음 단계 (→)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="139"/>
        <source>Previous step</source>
        <translation>이전 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="140"/>
        <source>The walkthrough&apos;s previous step (←)</source>
        <translation>단계별 풀이의 이전 단계 (←)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="141"/>
        <source>First step</source>
        <translation>첫 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="142"/>
        <source>The walkthrough&apos;s first step (Home)</source>
        <translation>단계별 풀이의 첫 단계 (Home)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="143"/>
        <source>Last step</source>
        <translation>마지막 단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="143"/>
        <source>The walkthrough&apos;s last step (End)</source>
        <translation>단계별 풀이의 마지막 단계 (End)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="144"/>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="145"/>
        <source>Large fonts, thick lines and high contrast for a projector (F5)</source>
        <translation>프로젝터용 큰 글씨, 굵은 선, 높은 대비 (F5)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="146"/>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="146"/>
        <source>Fill the screen (F11)</source>
        <translation>화면을 가득 채웁니다 (F11)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="147"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="147"/>
        <source>Everything larger (Ctrl+=)</source>
        <translation>모두 크게 (Ctrl+=)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="148"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="148"/>
        <source>Everything smaller (Ctrl+−)</source>
        <translation>모두 작게 (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="149"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="150"/>
        <source>New random weights; training starts over (R)</source>
        <translation>새 무작위 가중치로 학습을 다시 시작 (R)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="151"/>
        <source>Rewind</source>
        <translation>되감기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="152"/>
        <source>Back to the same initial weights (Shift+R)</source>
        <translation>같은 초기 가중치로 되돌아감 (Shift+R)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="153"/>
        <source>New session</source>
        <translation>새 세션</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="154"/>
        <source>Start again from Playground&apos;s opening set-up (Ctrl+N)</source>
        <translation>Playground의 첫 화면 설정에서 다시 시작합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="155"/>
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="156"/>
        <source>Open a saved session (.mlpviz)</source>
        <translation>저장한 세션(.mlpviz)을 엽니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="157"/>
        <source>Save session as…</source>
        <translation>세션 저장…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="158"/>
        <source>Save everything: network, data, settings, view</source>
        <translation>신경망, 데이터, 설정, 화면을 모두 저장합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="159"/>
        <source>Open network…</source>
        <translation>신경망 열기…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="159"/>
        <source>Load a network JSON file</source>
        <translation>신경망 JSON 파일을 불러옵니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="160"/>
        <source>Save network…</source>
        <translation>신경망 저장…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="161"/>
        <source>Save the trained network as JSON</source>
        <translation>학습한 신경망을 JSON으로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="162"/>
        <source>Import data (CSV)…</source>
        <translation>데이터 가져오기(CSV)…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="163"/>
        <source>Your own points: columns x1, x2 and the label</source>
        <translation>직접 만든 점: x1, x2, 레이블 열</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="164"/>
        <source>Export data (CSV)…</source>
        <translation>데이터 내보내기(CSV)…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="165"/>
        <source>The points as CSV: x1, x2, label</source>
        <translation>점들을 CSV로: x1, x2, 레이블</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="166"/>
        <source>Export NumPy script…</source>
        <translation>NumPy 스크립트 내보내기…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="167"/>
        <source>The network, the data and the training loop as one Python file that needs only NumPy</source>
        <translation>신경망, 데이터, 학습 루프를 NumPy만 있으면 되는 파이썬 파일 하나로 내보냅니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="169"/>
        <source>Copy window</source>
        <translation>창 복사</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="170"/>
        <source>Copy a picture of the window to the clipboard</source>
        <translation>창 그림을 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="171"/>
        <source>Open link…</source>
        <translation>링크 열기…</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="172"/>
        <source>A TensorFlow Playground link (its own run, number for number) or an mlpviz set-up link (Ctrl+Shift+O)</source>
        <translation>텐서플로 플레이그라운드 링크(그 실행을 숫자 하나까지 똑같이) 또는 mlpviz 설정 링크 (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="174"/>
        <source>Copy Playground link</source>
        <translation>플레이그라운드 링크 복사</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="175"/>
        <source>This set-up as a TensorFlow Playground link, to open in a browser</source>
        <translation>이 설정을 브라우저에서 열 수 있는 텐서플로 플레이그라운드 링크로 복사</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="176"/>
        <source>Copy setup link</source>
        <translation>설정 링크 복사</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="177"/>
        <source>This set-up as a short mlpviz link to paste into a chat or a slide (Ctrl+Shift+L)</source>
        <translation>이 설정을 채팅이나 슬라이드에 붙여 넣을 짧은 mlpviz 링크로 복사 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="179"/>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="179"/>
        <source>Close mlpviz</source>
        <translation>mlpviz를 닫습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="180"/>
        <source>Reset layout</source>
        <translation>레이아웃 초기화</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="181"/>
        <source>Put the panels back where they started, the diagram large</source>
        <translation>패널을 처음 자리로 되돌리고 구조도를 크게 합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="182"/>
        <source>What am I seeing?</source>
        <translation>무엇을 보고 있나요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="183"/>
        <source>What each view shows, and what to look for (F1)</source>
        <translation>각 화면이 무엇을 보여 주고 무엇을 봐야 하는지 (F1)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="184"/>
        <source>About mlpviz</source>
        <translation>mlpviz 정보</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="184"/>
        <source>Version, licence and how it trains</source>
        <translation>버전, 라이선스, 학습 방식</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="190"/>
        <source>Start or pause training (Space)</source>
        <translation>학습 시작 또는 일시 정지 (Space)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="193"/>
        <source>Step: one epoch</source>
        <translation>한 단계: 에포크 하나</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="194"/>
        <source>Step: one batch</source>
        <translation>한 단계: 배치 하나</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="195"/>
        <source>What one Step (→) trains</source>
        <translation>한 단계(→)에 학습하는 양</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="198"/>
        <source>How fast Play trains: slow enough to watch the boundary form, Playground&apos;s pace, or as fast as it can</source>
        <translation>재생할 때의 학습 속도: 경계가 만들어지는 것을 지켜볼 만큼 느리게, 플레이그라운드 속도로, 또는 최대한 빠르게</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/actions.py" line="200"/>
        <source>Epochs: passes over the training data. Steps: weight updates, one per batch.</source>
        <translation>에포크: 학습 데이터를 한 번 다 도는 것. 스텝: 배치마다 한 번의 가중치 갱신.</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="58"/>
        <source>What am I seeing?</source>
        <translation>무엇을 보고 있나요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="63"/>
        <source>&lt;b&gt;mlpviz {0}&lt;/b&gt;&lt;p&gt;Learn and teach multilayer perceptrons: an exact NumPy MLP, a live playground and the lecture&apos;s backprop, step by step.&lt;/p&gt;&lt;p&gt;Training runs on: {1}.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;b&gt;mlpviz {0}&lt;/b&gt;&lt;p&gt;다층 퍼셉트론을 배우고 가르치는 도구: 정확한 NumPy MLP, 실시간 플레이그라운드, 강의의 역전파를 한 단계씩.&lt;/p&gt;&lt;p&gt;학습 방식: {1}.&lt;/p&gt;&lt;p&gt;MIT 라이선스.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="67"/>
        <source>&lt;p&gt;The handwritten digits: UCI Optical Recognition of Handwritten Digits, by E. Alpaydin and C. Kaynak (1998), CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;p&gt;손글씨 숫자: UCI Optical Recognition of Handwritten Digits, E. Alpaydin, C. Kaynak (1998), CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="69"/>
        <source>About mlpviz</source>
        <translation>mlpviz 정보</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="76"/>
        <source>Log file: {0}</source>
        <translation>로그 파일: {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="103"/>
        <source>Something went wrong inside mlpviz; what you were doing may not have been done. Your work is kept: you can go on, and save it. Details… holds a report for the developers.</source>
        <translation>mlpviz 안에서 문제가 생겼습니다. 방금 한 작업이 이루어지지 않았을 수 있습니다. 작업 내용은 그대로이니 계속하거나 저장할 수 있습니다. 자세히…에 개발자를 위한 보고서가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="107"/>
        <source>It is also in the log: {0}</source>
        <translation>로그에도 남았습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="114"/>
        <source>training</source>
        <translation>학습하는</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="114"/>
        <source>drawing the network</source>
        <translation>신경망을 그리는</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="115"/>
        <source>applying your change</source>
        <translation>바꾼 설정을 적용하는</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="116"/>
        <source>Something went wrong inside mlpviz while {0}. Training is paused and your work is kept: you can go on. Details… holds a report for the developers.</source>
        <translation>mlpviz 안에서 {0} 중에 문제가 생겼습니다. 학습은 일시 정지되었고 작업은 그대로 남아 있으니 계속하셔도 됩니다. &apos;자세히…&apos;에 개발자에게 보낼 보고서가 있습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="156"/>
        <source>Save the session?</source>
        <translation>세션을 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="157"/>
        <source>The session has changed since it was saved or opened. Save it before closing?</source>
        <translation>세션을 저장하거나 연 뒤로 바뀌었습니다. 닫기 전에 저장할까요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/window_dialogs.py" line="187"/>
        <source>Opening a file or a link cannot be undone: the history of edits starts again here.</source>
        <translation>파일이나 링크를 연 것은 실행 취소할 수 없습니다: 편집 기록은 여기서 다시 시작합니다.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="17"/>
        <source>Gradient descent 1-D</source>
        <translation>경사하강법 1차원</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="18"/>
        <source>Gradient descent 2-D</source>
        <translation>경사하강법 2차원</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="19"/>
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="20"/>
        <source>Quiz 03: three activations</source>
        <translation>퀴즈 03: 세 가지 활성화 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="21"/>
        <source>Output view</source>
        <translation>출력 뷰</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="22"/>
        <source>Loss curve</source>
        <translation>손실 곡선</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="23"/>
        <source>Network diagram</source>
        <translation>신경망 구조도</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="24"/>
        <source>Whole window</source>
        <translation>창 전체</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="107"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="108"/>
        <source>Open recent</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="109"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="110"/>
        <source>Export picture</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="111"/>
        <source>&amp;Train</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="111"/>
        <source>&amp;Learn</source>
        <translation>배우기(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="112"/>
        <source>Labs</source>
        <translation>실습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="113"/>
        <source>Lecture presets</source>
        <translation>강의 예제</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="114"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="114"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="115"/>
        <source>Present on</source>
        <translation>발표할 화면</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="116"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/shell/menus.py" line="125"/>
        <source>Quiz 03: linear, ReLU, sigmoid</source>
        <translation>퀴즈 03: 선형, ReLU, 시그모이드</translation>
    </message>
</context>
<context>
    <name>activations</name>
    <message>
        <location filename="../../mlpviz/core/nn/activations.py" line="82"/>
        <source>Step</source>
        <translation>계단 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/nn/activations.py" line="106"/>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../mlpviz/core/session/training_loop.py" line="22"/>
        <source>Training diverged: the loss became NaN or infinite. Lower the learning rate, then Reset (R) or Rewind (Shift+R).</source>
        <translation>학습이 발산했습니다: 손실이 NaN이나 무한대가 되었습니다. 학습률을 낮춘 뒤 초기화(R)나 되감기(Shift+R)를 하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_loop.py" line="25"/>
        <source>There are no training points: add some first.</source>
        <translation>학습할 점이 없습니다: 먼저 점을 추가하세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_loop.py" line="26"/>
        <source>Stopped at epoch {0}, as the stop condition says.</source>
        <translation>멈춤 조건에 따라 에포크 {0}에서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_loop.py" line="27"/>
        <source>Stopped at epoch {0}: the test loss has not improved for {1} epochs (the best, {2}, was at epoch {3}).</source>
        <translation>에포크 {0}에서 멈췄습니다. 테스트 손실이 {1} 에포크 동안 나아지지 않았습니다(최저값 {2}, 에포크 {3}).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_loop.py" line="30"/>
        <source>Stopped at epoch {0}: the training loss (there are no test points) has not improved for {1} epochs (the best, {2}, was at epoch {3}).</source>
        <translation>에포크 {0}에서 멈췄습니다. 학습 손실(테스트 점 없음)이 {1} 에포크 동안 나아지지 않았습니다(최저값 {2}, 에포크 {3}).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_session.py" line="54"/>
        <source>The perceptron rule trains a single layer with one step unit only, so training goes on with SGD.</source>
        <translation>퍼셉트론 규칙은 계단 함수 유닛 하나로 된 단층만 학습하므로, SGD로 학습을 계속합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/run_commands.py" line="26"/>
        <source>Preparing the fast training kernels (the first start only, some seconds): training runs meanwhile, more slowly.</source>
        <translation>빠른 학습 커널을 준비하는 중입니다(처음 시작할 때만, 몇 초): 그동안에도 조금 느리게 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_session.py" line="58"/>
        <source>The fast training kernels are ready.</source>
        <translation>빠른 학습 커널이 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_session.py" line="59"/>
        <source>Step has slope 0 everywhere, so gradient descent cannot move the weights below a step unit: the network will not learn. Step belongs to the perceptron: choose the optimizer &quot;perceptron&quot; for a net with no hidden layer (the perceptron rule), or sigmoid, tanh or ReLU to train with backprop.</source>
        <translation>계단 함수는 어디서나 기울기가 0이라 경사 하강법이 계단 유닛 아래의 가중치를 바꿀 수 없습니다. 이 신경망은 학습하지 않습니다. 계단 함수는 퍼셉트론의 활성화 함수입니다. 은닉층이 없는 신경망이라면 옵티마이저로 &quot;perceptron&quot;(퍼셉트론 학습 규칙)을 고르고, 역전파로 학습하려면 시그모이드, tanh, ReLU를 쓰세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/training_session.py" line="56"/>
        <source>The network changed shape before the edit arrived; nothing was changed. Pick the link again.</source>
        <translation>수정이 적용되기 전에 신경망의 모양이 바뀌어 아무것도 바꾸지 않았습니다. 연결을 다시 고르세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/training/perceptron_rule.py" line="26"/>
        <source>The perceptron rule trains a single layer with one step unit: remove the hidden layers and give the output the step activation, or choose another optimizer.</source>
        <translation>퍼셉트론 규칙은 계단 함수 유닛 하나로 된 단층만 학습합니다: 은닉층을 없애고 출력에 계단 함수를 쓰거나, 다른 옵티마이저를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/setup.py" line="113"/>
        <source>it has only its six data sets</source>
        <translation>데이터셋은 여섯 가지뿐입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/exact_training.py" line="52"/>
        <source>it has at most 6 hidden layers of 8 neurons</source>
        <translation>은닉층은 최대 6개, 층마다 뉴런은 최대 8개입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/exact_training.py" line="54"/>
        <source>it has one activation for all hidden layers</source>
        <translation>모든 은닉층이 같은 활성화 함수를 씁니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/exact_training.py" line="56"/>
        <source>its activations are ReLU, tanh, sigmoid and linear</source>
        <translation>활성화 함수는 ReLU, tanh, sigmoid, linear뿐입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/exact_training.py" line="58"/>
        <source>its output is one tanh unit, or one linear unit for regression</source>
        <translation>출력은 tanh 유닛 하나(회귀는 linear 유닛 하나)입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/exact_training.py" line="61"/>
        <source>its loss is the squared error</source>
        <translation>손실 함수는 제곱 오차뿐입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/exact_training.py" line="62"/>
        <source>it trains with plain SGD</source>
        <translation>학습은 기본 SGD로만 합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/setup.py" line="115"/>
        <source>its batch size is at most 30</source>
        <translation>배치 크기는 최대 30입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/setup.py" line="116"/>
        <source>its noise is at most 80</source>
        <translation>노이즈는 최대 80입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/playground/setup.py" line="117"/>
        <source>its training share is 10 to 90 %</source>
        <translation>학습 비율은 10~90%입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/playground_commands.py" line="32"/>
        <source>Playground-exact training ends here, as Playground could not follow: {0}. Training goes on as mlpviz trains.</source>
        <translation>플레이그라운드가 따라올 수 없어 플레이그라운드와 똑같은 학습은 여기서 끝납니다: {0}. 학습은 mlpviz 방식으로 이어집니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/playground_commands.py" line="107"/>
        <source>it has no points of your own</source>
        <translation>직접 넣은 점은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/data/features.py" line="13"/>
        <source>x: give the point as two numbers, x1 and x2</source>
        <translation>x: 점을 두 숫자 x1, x2로 입력하세요</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/data/features.py" line="14"/>
        <source>x: a digit is its {0} pixels, each 0 … 1</source>
        <translation>x: 숫자는 픽셀 {0}개이고, 각 값은 0 … 1입니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/data/digit_pad.py" line="22"/>
        <source>The pad is empty: draw a digit first.</source>
        <translation>패드가 비어 있습니다: 먼저 숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/data/digit_pad.py" line="23"/>
        <source>The pad is all ink: clear it and draw a digit.</source>
        <translation>패드가 온통 잉크입니다: 지우고 숫자를 그리세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/data_commands.py" line="29"/>
        <source>The digits are not points on a plane: choose a plane&apos;s data set to add or remove points.</source>
        <translation>숫자는 평면 위의 점이 아닙니다: 점을 더하거나 빼려면 평면 데이터 세트를 고르세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/network_commands.py" line="27"/>
        <source>A digit&apos;s inputs are its 64 pixels, and a point&apos;s are features of the plane: choose the data set, and its inputs come with it.</source>
        <translation>숫자의 입력은 픽셀 64개이고, 점의 입력은 평면의 특성입니다: 데이터 세트를 고르면 그 입력이 함께 정해집니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/edit_history.py" line="39"/>
        <source>There is nothing to undo.</source>
        <translation>실행 취소할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/session/edit_history.py" line="40"/>
        <source>There is nothing to redo.</source>
        <translation>다시 실행할 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="48"/>
        <source>The perceptron and XOR</source>
        <translation>퍼셉트론과 XOR</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="49"/>
        <source>A perceptron draws one straight line. AND and OR can be split by a line; XOR cannot: its corners alternate. Watch the perceptron rule keep making mistakes.</source>
        <translation>퍼셉트론은 직선 하나를 긋습니다. AND와 OR은 직선 하나로 나눌 수 있지만 XOR은 모서리가 번갈아 있어 나눌 수 없습니다. 퍼셉트론 학습 규칙이 계속 틀리는 것을 보세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="53"/>
        <source>Activation functions</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="54"/>
        <source>Step, sigmoid, tanh and ReLU, with their slopes. Backprop multiplies by the slope: where it is 0, nothing is learned.</source>
        <translation>계단 함수, 시그모이드, tanh, ReLU와 그 기울기. 역전파는 기울기를 곱합니다. 기울기가 0인 곳에서는 아무것도 학습되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="58"/>
        <source>Stacked linear layers collapse</source>
        <translation>선형 레이어는 쌓아도 하나로 합쳐진다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="59"/>
        <source>Without an activation, two layers W₁ and W₂ are one layer W₁W₂: depth adds nothing. A non-linear activation between them is what lets a 2-2-1 network solve XOR.</source>
        <translation>활성화 함수가 없으면 두 레이어 W₁과 W₂는 레이어 하나 W₁W₂와 같아 깊이가 아무것도 더하지 않습니다. 그 사이의 비선형 활성화 함수 덕분에 2-2-1 신경망이 XOR을 풉니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="63"/>
        <source>The forward pass</source>
        <translation>순방향 패스</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="64"/>
        <source>The lecture&apos;s 2-2-1 sigmoid network on x = (0, 0): each unit sums its weighted inputs and its bias (net), then applies the sigmoid (out).</source>
        <translation>강의의 2-2-1 시그모이드 신경망에 x = (0, 0)을 넣습니다. 각 유닛은 가중치를 곱한 입력과 바이어스를 더하고(net) 시그모이드를 적용합니다(out).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="68"/>
        <source>The same in matrices</source>
        <translation>같은 계산을 행렬로</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="69"/>
        <source>Inputs are rows: Z = XW + B computes every unit of a layer at once, and the same numbers come out.</source>
        <translation>입력은 행입니다. Z = XW + B가 레이어의 모든 유닛을 한 번에 계산하고, 같은 숫자가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="72"/>
        <source>The loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="73"/>
        <source>How wrong the output is: E = ½ Σ (y − t)². Training makes E small; cross-entropy is the other choice for classes. Page 13 puts it on a network that reads handwritten digits.</source>
        <translation>출력이 얼마나 틀렸는지: E = ½ Σ (y − t)². 학습은 E를 작게 만듭니다. 분류에는 교차 엔트로피도 쓸 수 있습니다. 13쪽에서는 손글씨 숫자를 읽는 신경망에 적용합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="78"/>
        <source>Gradient descent in 1-D</source>
        <translation>1차원 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="79"/>
        <source>y = (x − 3)² + 10: step against the slope, x ← x − η·dy/dx. A small η creeps, a good one converges, a large one oscillates or diverges.</source>
        <translation>y = (x − 3)² + 10: 기울기의 반대 방향으로 이동합니다, x ← x − η·dy/dx. η가 작으면 느리게 가고, 알맞으면 수렴하고, 크면 진동하거나 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="83"/>
        <source>Gradient descent in 2-D</source>
        <translation>2차원 경사 하강법</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="84"/>
        <source>f = x² + y²: the arrows are −∇f, and each optimizer&apos;s path goes down the bowl to the minimum, on the map and on the surface in 3-D (drag it to turn it).</source>
        <translation>f = x² + y²: 화살표는 −∇f이고, 각 옵티마이저의 경로가 그릇을 따라 최솟값으로 내려갑니다. 평면 지도와 3차원 곡면 모두에서 볼 수 있습니다(곡면은 끌어서 돌릴 수 있습니다).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="88"/>
        <source>Backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="89"/>
        <source>The chain rule: ∂E/∂w = ∂E/∂out · ∂out/∂net · ∂net/∂w. Step through each factor with the lecture&apos;s numbers, then the update w ← w − η·∂E/∂w.</source>
        <translation>체인 룰: ∂E/∂w = ∂E/∂out · ∂out/∂net · ∂net/∂w. 강의의 숫자로 각 항을 한 단계씩 보고, 이어서 갱신 w ← w − η·∂E/∂w를 봅니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="93"/>
        <source>Playground</source>
        <translation>플레이그라운드</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="94"/>
        <source>The chapter&apos;s Playground link: two Gaussian clouds, two hidden layers of sigmoid units, and Playground&apos;s own run of it, number for number. Copy Playground link opens the same run in a browser; change the data, the features and the layers, and watch the boundary.</source>
        <translation>강의의 플레이그라운드 링크: 두 가우시안 점 무리, sigmoid 유닛으로 된 은닉층 두 개, 그리고 플레이그라운드의 실행 그대로(숫자 하나까지 같게). 플레이그라운드 링크 복사로 같은 실행을 브라우저에서 열 수 있습니다. 데이터, 입력 특성, 층을 바꾸며 경계가 어떻게 변하는지 보세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="100"/>
        <source>Quiz 03</source>
        <translation>퀴즈 03</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="101"/>
        <source>Linear, ReLU or sigmoid on Playground&apos;s XOR: the same network trained with each, side by side. Why does the linear one fail?</source>
        <translation>플레이그라운드의 XOR에 선형, ReLU, 시그모이드: 같은 신경망을 각각으로 학습해 나란히 봅니다. 선형은 왜 실패할까요?</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="105"/>
        <source>Quiz 04</source>
        <translation>퀴즈 04</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="106"/>
        <source>The lecture&apos;s network with ReLU instead of sigmoid: one forward pass and one update, by hand and here.</source>
        <translation>시그모이드 대신 ReLU를 쓴 강의의 신경망: 순방향 패스 한 번과 갱신 한 번을 손으로, 그리고 여기서 계산합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="109"/>
        <source>The digit network</source>
        <translation>숫자 인식 신경망</translation>
    </message>
    <message>
        <location filename="../../mlpviz/core/lessons/lesson.py" line="110"/>
        <source>The loss on ten outputs, one per digit: draw a digit on the pad, or press the chapter&apos;s two answers for a 2, E = 0.03 and E = 0.81.</source>
        <translation>숫자마다 하나씩, 출력 10개의 손실: 패드에 숫자를 그리거나, 2에 대한 강의의 두 답 E = 0.03과 E = 0.81을 누르세요.</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="51"/>
        <source>Perceptron learns AND</source>
        <translation>퍼셉트론이 AND를 학습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="52"/>
        <source>The perceptron rule finds a separating line: AND is learned within a few epochs.</source>
        <translation>퍼셉트론 규칙이 나누는 직선을 찾습니다: 몇 에포크 안에 AND를 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="53"/>
        <source>Perceptron learns OR</source>
        <translation>퍼셉트론이 OR을 학습</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="54"/>
        <source>OR is linearly separable too: the perceptron gets all four rows right.</source>
        <translation>OR도 선형 분리가 가능합니다: 퍼셉트론이 네 행을 모두 맞힙니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="55"/>
        <source>Perceptron never learns XOR</source>
        <translation>퍼셉트론은 XOR을 학습하지 못함</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="56"/>
        <source>No single line separates XOR&apos;s corners: the perceptron keeps making mistakes, however long it trains.</source>
        <translation>XOR의 꼭짓점을 나누는 직선은 하나도 없습니다: 아무리 오래 학습해도 퍼셉트론은 계속 틀립니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="57"/>
        <source>A 2-2-1 MLP solves XOR</source>
        <translation>2-2-1 MLP가 XOR을 풂</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="58"/>
        <source>One hidden layer of two sigmoid units draws two lines and combines them: the lecture&apos;s network learns the XOR truth table.</source>
        <translation>시그모이드 유닛 두 개의 은닉층이 직선 두 개를 그어 합칩니다: 강의의 신경망이 XOR 진리표를 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="59"/>
        <source>Playground&apos;s opening screen</source>
        <translation>플레이그라운드의 첫 화면</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="60"/>
        <source>Circle data, hidden layers of 4 and 2 tanh units, η = 0.03: the boundary closes around the inner class within a few hundred epochs.</source>
        <translation>원형 데이터, tanh 유닛 4개와 2개의 은닉층, η = 0.03: 수백 에포크 안에 경계가 안쪽 클래스를 둘러쌉니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="61"/>
        <source>Playground XOR with 2-2-1</source>
        <translation>플레이그라운드 XOR, 2-2-1</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="62"/>
        <source>On Playground&apos;s 500-point XOR a 2-2-1 tanh net usually gets stuck near 75–85 %: two hidden units are barely enough. Try the 2-4-1 preset.</source>
        <translation>플레이그라운드의 500점 XOR에서 2-2-1 tanh 신경망은 보통 75–85 %에서 멈춥니다: 은닉 유닛 두 개로는 빠듯합니다. 2-4-1 예제를 해 보세요.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="63"/>
        <source>Playground XOR with 2-4-1</source>
        <translation>플레이그라운드 XOR, 2-4-1</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="64"/>
        <source>With four hidden units the same data is learned: over 90 % test accuracy within 150 epochs.</source>
        <translation>은닉 유닛 네 개면 같은 데이터를 학습합니다: 150 에포크 안에 테스트 정확도 90 % 이상.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="65"/>
        <source>The chapter&apos;s digit network</source>
        <translation>강의의 손글씨 숫자 신경망</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="66"/>
        <source>8×8 handwritten digits stand in for the chapter&apos;s 28×28 MNIST (smaller, free to share, trained in seconds): over 95 % are read right within 50 epochs.</source>
        <translation>8×8 손글씨 숫자가 강의의 28×28 MNIST를 대신합니다(더 작고, 자유롭게 공유할 수 있고, 몇 초 만에 학습됩니다): 50 에포크 안에 95 % 넘게 바르게 읽습니다.</translation>
    </message>
</context>
<context>
    <name>surface3d</name>
    <message>
        <location filename="../../mlpviz/gui/kit/surface3d.py" line="34"/>
        <source>Qt&apos;s {0} platform draws without OpenGL</source>
        <translation>Qt의 {0} 플랫폼은 OpenGL 없이 그립니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/surface3d.py" line="35"/>
        <source>PyOpenGL is not installed</source>
        <translation>PyOpenGL이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/surface3d.py" line="36"/>
        <source>no OpenGL context could be created</source>
        <translation>OpenGL 컨텍스트를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/surface3d.py" line="37"/>
        <source>OpenGL {0} is older than 2.1</source>
        <translation>OpenGL {0}은(는) 2.1보다 오래된 버전입니다</translation>
    </message>
</context>
<context>
    <name>walkthrough</name>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="20"/>
        <source>how the error changes with the unit&apos;s output</source>
        <translation>유닛의 출력값 변화에 따른 오차의 변화율</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="21"/>
        <source>how the unit&apos;s output changes with its net input (the activation&apos;s slope)</source>
        <translation>입력값의 변화에 따른 유닛의 출력 변화율 (활성화 함수의 미분값)</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="22"/>
        <source>how the net input changes with the parameter</source>
        <translation>가중치의 변화에 따른 net의 변화율</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="23"/>
        <source>The slope is 0 here, so no gradient flows through this unit (for the step function it is 0 everywhere: why a perceptron cannot learn by backprop).</source>
        <translation>여기서는 기울기가 0이라 이 유닛으로 그래디언트가 흐르지 않습니다 (계단 함수는 어디서나 0: 퍼셉트론이 역전파로 학습할 수 없는 이유).</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="24"/>
        <source>forward</source>
        <translation>순방향</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="25"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="26"/>
        <source>backward</source>
        <translation>역방향</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="27"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="28"/>
        <source>apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="29"/>
        <source>sample</source>
        <translation>샘플</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="30"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="31"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="32"/>
        <source>Sample {0} of {1}: its own gradient</source>
        <translation>샘플 {0}/{1}: 이 샘플의 그래디언트</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="33"/>
        <source>The mean gradient of {0}</source>
        <translation>{0}의 평균 그래디언트</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="34"/>
        <source>Update {0} on the mean</source>
        <translation>평균으로 {0} 갱신</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="35"/>
        <source>The batch after one step</source>
        <translation>한 번 갱신한 뒤의 배치</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="36"/>
        <source>Training steps on the batch&apos;s mean loss, so its gradient is the mean of the samples&apos; gradients.</source>
        <translation>학습은 배치의 평균 손실로 한 걸음 나아가므로, 그 그래디언트는 샘플 그래디언트들의 평균입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="37"/>
        <source>The optimizer&apos;s state starts at zero: this is its first step.</source>
        <translation>옵티마이저의 상태는 0에서 시작합니다. 이것이 첫 걸음입니다.</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="38"/>
        <source>Update {0}</source>
        <translation>{0} 갱신</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="39"/>
        <source>All parameters updated</source>
        <translation>모든 매개변수 갱신 완료</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="40"/>
        <source>the output is now {0}</source>
        <translation>이제 출력은 {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="41"/>
        <source>Forward pass: {0}</source>
        <translation>순방향 패스: {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="42"/>
        <source>f is {0}</source>
        <translation>f는 {0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="43"/>
        <source>Loss</source>
        <translation>손실 함수</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="44"/>
        <source>Backward: ∂E/∂{0}</source>
        <translation>역전파: ∂E/∂{0}</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="45"/>
        <source>a hidden unit feeds every unit k above it, so</source>
        <translation>은닉 유닛은 위층의 모든 유닛 k에 연결되므로</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="46"/>
        <source>softmax mixes its units, so ① and ② are taken together</source>
        <translation>소프트맥스는 유닛들을 섞으므로 ①과 ②를 함께 계산합니다</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="47"/>
        <source>Forward pass in matrix form</source>
        <translation>행렬로 표시한 순방향 패스</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="48"/>
        <source>Backward pass in matrix form</source>
        <translation>행렬로 표시한 역방향 패스</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="49"/>
        <source>With cross-entropy the slope ② cancels the denominator of ①, so ∂E/∂net = out − t:</source>
        <translation>교차 엔트로피에서는 기울기 ②가 ①의 분모를 지우므로 ∂E/∂net = out − t입니다:</translation>
    </message>
    <message>
        <location filename="../../mlpviz/gui/kit/i18n.py" line="50"/>
        <source>With cross-entropy, as the targets sum to 1, ∂E/∂net is out − t:</source>
        <translation>교차 엔트로피에서는 정답의 합이 1이므로 ∂E/∂net은 out − t입니다:</translation>
    </message>
</context>
</TS>
