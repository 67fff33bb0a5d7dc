"""The lesson for chapter 6: its sections in order, each a page of a few lines (in our own
words; the Korean is in the translation file) that sets the app up for itself.

A page names what to show: a preset (the lecture's experiments), a walkthrough preset and
the phase of the step to open at, a lab, or the output view on Playground's default. The
window applies it (gui/shell/lesson.py); the core only says what each page is.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LessonPage:
    title: str
    text: str
    preset: str | None = None  # a PRESETS key: the data, network and training it sets up
    walkthrough: str | None = None  # a walkthrough preset: lecture or quiz04
    phase: str | None = None  # the walkthrough's first step of this phase
    matrix: bool = False  # the walkthrough in matrix form
    lab: str | None = None  # a lab: descent1d, descent2d, surface, activations, quiz03
    playground: bool = False  # training starts at once (Playground's opening screen)
    link: str | None = None  # a Playground link whose own run the page opens
    side: tuple[str, ...] | None = None  # the side views, where not the usual ones
    see_also: int | None = None  # a later page the text points to, a button away

    @property
    def views(self) -> tuple[str, ...]:
        """The side views this page needs beside the diagram, or beside the walkthrough; a
        lab takes the diagram's place and needs none. The others make room."""
        if self.side is not None:
            return self.side
        if self.lab is not None or self.walkthrough is not None:
            return ()
        return ("boundary", "loss")


# The chapter's first Playground link as its text prints it (cut off, `&reg` typeset "®");
# the lesson fixes the seed the link leaves to chance, so every class sees the same run.
CHAPTER_LINK = ("playground.tensorflow.org/#activation=sigmoid&batchSize=10&dataset=gauss"
                "®Dataset=reg-plane&learningRate=0.03&r...")
LESSON_SEED = "0.06"

LESSON = (
    LessonPage(QT_TRANSLATE_NOOP("lesson", "The perceptron and XOR"),
               QT_TRANSLATE_NOOP("lesson", "A perceptron draws one straight line. AND and OR "
                                 "can be split by a line; XOR cannot: its corners alternate. "
                                 "Watch the perceptron rule keep making mistakes."),
               preset="perceptron_xor"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Activation functions"),
               QT_TRANSLATE_NOOP("lesson", "Step, sigmoid, tanh and ReLU, with their slopes. "
                                 "Backprop multiplies by the slope: where it is 0, nothing is "
                                 "learned."),
               lab="activations"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Stacked linear layers collapse"),
               QT_TRANSLATE_NOOP("lesson", "Without an activation, two layers W₁ and W₂ are "
                                 "one layer W₁W₂: depth adds nothing. A non-linear activation "
                                 "between them is what lets a 2-2-1 network solve XOR."),
               preset="mlp_xor4"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "The forward pass"),
               QT_TRANSLATE_NOOP("lesson", "The lecture's 2-2-1 sigmoid network on x = (0, 0): "
                                 "each unit sums its weighted inputs and its bias (net), then "
                                 "applies the sigmoid (out)."),
               walkthrough="lecture", phase="forward"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "The same in matrices"),
               QT_TRANSLATE_NOOP("lesson", "Inputs are rows: Z = XW + B computes every unit of "
                                 "a layer at once, and the same numbers come out."),
               walkthrough="lecture", phase="forward", matrix=True),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "The loss"),
               QT_TRANSLATE_NOOP("lesson", "How wrong the output is: E = ½ Σ (y − t)². "
                                 "Training makes E small; cross-entropy is the other choice "
                                 "for classes. Page 13 puts it on a network that reads "
                                 "handwritten digits."),
               walkthrough="lecture", phase="loss", see_also=13),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Gradient descent in 1-D"),
               QT_TRANSLATE_NOOP("lesson", "y = (x − 3)² + 10: step against the slope, "
                                 "x ← x − η·dy/dx. A small η creeps, a good one converges, "
                                 "a large one oscillates or diverges."),
               lab="descent1d"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Gradient descent in 2-D"),
               QT_TRANSLATE_NOOP("lesson", "f = x² + y²: the arrows are −∇f, and each "
                                 "optimizer's path goes down the bowl to the minimum, on the "
                                 "map and on the surface in 3-D (drag it to turn it)."),
               lab="surface"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Backprop"),
               QT_TRANSLATE_NOOP("lesson", "The chain rule: ∂E/∂w = ∂E/∂out · ∂out/∂net · "
                                 "∂net/∂w. Step through each factor with the lecture's "
                                 "numbers, then the update w ← w − η·∂E/∂w."),
               walkthrough="lecture", phase="backward"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Playground"),
               QT_TRANSLATE_NOOP("lesson", "The chapter's Playground link: two Gaussian "
                                 "clouds, two hidden layers of sigmoid units, and Playground's "
                                 "own run of it, number for number. Copy Playground link opens "
                                 "the same run in a browser; change the data, the features "
                                 "and the layers, and watch the boundary."),
               link=CHAPTER_LINK, playground=True),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Quiz 03"),
               QT_TRANSLATE_NOOP("lesson", "Linear, ReLU or sigmoid on Playground's XOR: the "
                                 "same network trained with each, side by side. Why does the "
                                 "linear one fail?"),
               lab="quiz03"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "Quiz 04"),
               QT_TRANSLATE_NOOP("lesson", "The lecture's network with ReLU instead of "
                                 "sigmoid: one forward pass and one update, by hand and here."),
               walkthrough="quiz04", phase="forward"),
    LessonPage(QT_TRANSLATE_NOOP("lesson", "The digit network"),
               QT_TRANSLATE_NOOP("lesson", "The loss on ten outputs, one per digit: draw a "
                                 "digit on the pad, or press the chapter's two answers for a "
                                 "2, E = 0.03 and E = 0.81."),
               preset="digits", playground=True, side=("boundary",)),
)


def page(number: int) -> LessonPage:
    """Page `number`, counted from 1 as the lecture's sections are."""
    return LESSON[number - 1]
