"""The editable network diagram.

Columns of neurons from the inputs (every feature; click one to switch it on or off) through
the hidden layers to the output. Each neuron shows its own output map; each link's width and
colour show its weight; the small square at a neuron is its bias. Click a link or a bias to
type a value, or drag it; + and − add and remove layers and neurons. Edits go to the worker
as commands, so they work paused or training.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ...core.data.digits import PIXELS, SIDE
from ...core.data.features import FEATURES
from ...core.nn.naming import shown_bias_name, shown_weight_name
from ...core.session.snapshot import Snapshot
from ...model.session import SessionModel
from ...model.walkthrough import WalkthroughModel
from ..kit import theme
from ..kit.themes import Theme
from ..kit.widgets import SceneTexts
from . import diagram_headers as headers
from .diagram_edits import ParameterEdits
from .diagram_layers import MAX_DRAWN, MAX_DRAWN_PRESENTING, LinkLayer, ThumbnailLayer
from .digit_input import DigitInputItem, label_digit_outputs, pixel_size
from .input_column import add_inputs
from .network_items import (
    NODE,
    ROW,
    TOP,
    BiasItem,
    LinkItem,
    NeuronItem,
    text_item,
)
from .readable_texts import everyday_pixels, keep_readable, least_pixels
from .value_editor import ValueEditor
from .walkthrough_overlay import WalkthroughOverlay

COLUMN = 150.0
WIDE_COLUMN = 200.0  # small networks get room for the walkthrough's labels
LABEL_ROOM = 120.0
LABEL_ROOM_BELOW = 0.12  # of the diagram's height
BIG_DIAGRAM = 120  # links
LAYER_LINKS = 600  # links from which they are drawn by one LinkLayer, not as items


class NetworkView(ParameterEdits, QGraphicsView):
    def __init__(self, model: SessionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setScene(QGraphicsScene(self))
        # Every link changes every frame: a BSP index would be rebuilt for nothing.
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QColor("white"))
        # The frame clock paints the diagram each frame; Qt's own updates would paint twice.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.NoViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.texts = SceneTexts()  # the scene's translated texts, kept up to date
        self.table = theme.bgrx_table(theme.lut())
        self.neurons: dict[tuple[int, int], NeuronItem] = {}
        self.links: dict[tuple[int, int, int], LinkItem] = {}
        self.link_layer: LinkLayer | None = None  # a big network's links instead
        self.digit_input: DigitInputItem | None = None  # a digits network's input picture
        self.biases: dict[tuple[int, int], BiasItem] = {}
        self._structure: tuple | None = None
        self._skip = False
        self.needs_paint = True
        self._base_rect: QRectF | None = None
        self.column = COLUMN
        self.editor = ValueEditor(self, self._send_value, self.model.report)
        self._shape_version: int | None = None  # the snapshot's structure the items show
        self._inputs_only = False  # the input column shows only the network's inputs
        self._marked: list[tuple] = []  # parameters shown emphasised (the quiver's)
        self.overlay = WalkthroughOverlay(self)
        self.pick_callback = None  # set by the quiver: clicks pick parameters instead
        self.min_link_width = 1.0  # 3 px in presentation mode
        self.least_text_px = everyday_pixels()  # the smallest text on screen (readable_texts)
        self.readable: list = []  # the scene's texts kept readable, made by _rebuild
        self.title_row: list = []  # the hidden layers' + − and title (diagram_headers)
        self.inked: list = []  # the texts in the theme's ink (diagram_text)
        self.ink = QColor(50, 50, 50)
        self.layer_headers: list = []  # each hidden layer's (+ and −, neuron count)
        self.walkthrough: WalkthroughModel | None = None
        model.snapshot_changed.connect(self.on_snapshot)
        self.retranslate()

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setToolTip(self.tr(
            "What am I seeing? Each square is a neuron, drawn as its own output over the "
            "input plane (blue high, orange low). Links are weights: blue positive, orange "
            "negative, thicker for larger values. Hover a neuron to see its map large."))
        self.texts.apply()
        if self._base_rect is not None:  # the texts' widths changed: "OUTPUT" was cut
            self._base_rect = None
            self._fit()
        self.needs_paint = True
        self.viewport().update()

    # -- building ------------------------------------------------------------------------
    def _rebuild(self, snap: Snapshot) -> None:
        scene = self.scene()
        self.overlay.forget()
        self.editor.close_on()  # its link may be gone: an edit begun now is on the new shape
        self._shape_version = snap.structure_version
        scene.clear()
        self.texts.clear()
        self._base_rect = None
        self.readable, self.title_row, self.layer_headers, self.inked = [], [], [], []
        self.neurons.clear()
        self.links.clear()
        self.biases.clear()
        units = snap.units
        hidden = len(units) - 1
        active = list(snap.features)
        # The input column lists every feature (links come only from the active ones), in a
        # walkthrough only the network's own inputs; a digit's 64 inputs are one picture.
        self._inputs_only = self._walking()
        digits = tuple(active) == PIXELS
        shown = [] if digits else \
            [f for f in FEATURES if f in active] if self._inputs_only else list(FEATURES)
        pixel = pixel_size(max(units) * ROW)
        rows = SIDE * pixel / ROW if digits else len(shown)
        self.column = self._column_width(units, int(rows))
        if digits:  # room for the picture and its fan of links
            self.column = max(self.column, SIDE * pixel + COLUMN)
        starts = add_inputs(self, snap, shown, pixel if digits else 0.0)
        headers.add_hidden_layers_header(self, hidden)
        for l, n in enumerate(units):
            x = self.column * (l + 1)
            offset = TOP + max(0.0, (rows - n) * ROW / 2)  # centred on the inputs
            for j in range(n):
                item = NeuronItem(l, j, self.hover_unit)
                item.setPos(x, offset + j * ROW)

                def neuron_tip(l: int = l, j: int = j) -> str:
                    return headers.neuron_tip(snap, l, j)

                self.texts.add(item, tip=neuron_tip)
                scene.addItem(item)
                self.neurons[(l, j)] = item
                bias = BiasItem(l, j, shown_bias_name(units, len(snap.features), l, j),
                                self._open_editor, self._drag)
                bias.setPos(x - BiasItem.SIZE / 2, offset + j * ROW + NODE - BiasItem.SIZE / 2)
                scene.addItem(bias)
                self.biases[(l, j)] = bias
            if l < hidden:
                headers.add_layer_header(self, snap, l, x, TOP)
        if digits:
            label_digit_outputs(self, hidden)
        self._build_links(snap, starts)
        out = self.texts.add(self.diagram_text("", 14, bold=True), lambda: self.tr("OUTPUT"))
        out.setPos(self.column * len(units), TOP - 40)
        scene.addItem(out)
        inputs = self.texts.add(self.diagram_text("", 14, bold=True), lambda: self.tr("INPUTS"))
        inputs.setPos(-20, TOP - 40)
        scene.addItem(inputs)
        self._fit()

    def _links_drawn(self) -> int:
        return MAX_DRAWN if self.min_link_width <= 1 else MAX_DRAWN_PRESENTING

    def _build_links(self, snap: Snapshot, starts: dict[int, QPointF]) -> None:
        """A link item each (to hover, click and drag), or for a big network one LinkLayer
        of its strongest links, with a note saying so; `starts`: each input's links' start."""
        units, ends = snap.units, []
        for l, n in enumerate(units):
            for i in range(snap.weights[l].shape[0]):
                a = starts[i] if l == 0 else \
                    self.neurons[(l - 1, i)].scenePos() + QPointF(NODE, NODE / 2)
                for j in range(n):
                    ends.append((l, i, j, a, self.neurons[(l, j)].scenePos()
                                 + QPointF(0, NODE / 2)))
        self.link_layer = None
        if len(ends) > LAYER_LINKS:
            xy = np.array([(a.x(), a.y(), b.x(), b.y()) for *_, a, b in ends])
            self.link_layer = LinkLayer(xy[:, :2], xy[:, 2:])
            self.link_layer.min_width = self.min_link_width
            self.link_layer.most = self._links_drawn()
            self.scene().addItem(self.link_layer)
            self.scene().addItem(ThumbnailLayer(list(self.neurons.values())))
            note = self.texts.add(self.diagram_text("", 18), lambda: self.tr(
                "The {0} strongest of {1} links are drawn").format(
                    f"{min(self._links_drawn(), len(ends)):,}", f"{len(ends):,}"))
            bottom = max(n.sceneBoundingRect().bottom() for n in self.neurons.values())
            note.setPos(self.column, bottom + 16)
            self.scene().addItem(note)
        else:
            for l, i, j, a, b in ends:
                link = LinkItem(l, i, j, a, b,
                                shown_weight_name(units, len(snap.features), l, i, j),
                                self._open_editor, self._drag)
                link.min_width = self.min_link_width
                self.scene().addItem(link)
                self.links[(l, i, j)] = link
        # Hundreds of antialiased curves cost more than a frame: draw big nets crisp.
        self.setRenderHint(QPainter.RenderHint.Antialiasing, len(ends) <= BIG_DIAGRAM)

    def _column_width(self, units: list[int], inputs: int) -> float:
        """Wider columns for small networks (room for the walkthrough's labels), and in a
        walkthrough as wide as the view's shape allows: its labels need the room between the
        columns, which fitting the diagram's height to the view would otherwise leave empty
        at the sides."""
        base = WIDE_COLUMN if len(units) <= 3 and max(units) <= 4 else COLUMN
        if not self._inputs_only:
            return base
        rows = max(inputs, *units)
        height = TOP + rows * ROW + 40
        aspect = self.viewport().width() / max(1, self.viewport().height())
        fitted = (aspect * height - 100 - LABEL_ROOM) / max(1, len(units))
        return max(base, min(fitted, 2.5 * WIDE_COLUMN))

    def diagram_text(self, text: str, size: int, color: QColor | None = None,
              bold: bool = False) -> QGraphicsSimpleTextItem:
        """A text of the diagram, kept readable when presenting (readable_texts); without a
        colour of its own, in the theme's ink."""
        item = text_item(text, size, color or self.ink, bold)
        self.readable.append(item)
        if color is None:
            self.inked.append(item)
        return item

    def set_theme(self, theme: Theme) -> None:
        """The theme's paper behind the diagram, its ink in the texts."""
        self.ink = theme.ink
        self.setBackgroundBrush(theme.paper)
        for item in self.inked:
            item.setBrush(theme.ink)
        self.needs_paint = True
        self.viewport().update()

    def _fit(self, refits: int = 0) -> None:
        """Fit the diagram (not the walkthrough's labels, which come and go) to the view,
        with room on the right for the output's label while walking through."""
        if self._base_rect is None:
            self._base_rect = self.scene().itemsBoundingRect().adjusted(-10, -10, 10, 10)
        rect = QRectF(self._base_rect)
        if self.walkthrough is not None and self.walkthrough.active:
            # and below, for the lowest bias's label and a unit's three lines (net, out, δ)
            rect.adjust(0, 0, LABEL_ROOM, rect.height() * LABEL_ROOM_BELOW)
        self.setSceneRect(rect)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        keep_readable(self, self.readable, self.least_text_px)
        if headers.stack_headers(self) and refits < 3:  # the scene grew: fit it again
            self._base_rect = None
            self._fit(refits + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        snap = self.model.snapshot
        if self._inputs_only and snap is not None and abs(
                self._column_width(snap.units, len(snap.features)) / self.column - 1) > 0.1:
            self._structure = None  # the view's shape changed: lay the columns out again
            self.on_snapshot(snap)
            return
        self._fit()
        self.overlay.relayout()  # its labels are placed in the view's pixels

    # -- updating ------------------------------------------------------------------------
    def on_snapshot(self, snap: Snapshot) -> None:
        key = (snap.structure_version, snap.features, snap.activations, tuple(snap.units))
        rebuilt = key != self._structure
        if rebuilt:
            self._structure = key
            self._rebuild(snap)
        elif (len(self.links) > BIG_DIAGRAM or self.link_layer) and snap.playing:
            # A big diagram costs a frame on its own: while training, redraw it every other
            # frame (about 15 Hz); the output view still moves every frame.
            self._skip = not self._skip
            if self._skip:
                return
        self.needs_paint = True
        if self.link_layer is not None:
            self.link_layer.set_weights(np.concatenate([w.ravel() for w in snap.weights]))
        for (l, i, j), link in self.links.items():
            w = float(snap.weights[l][i, j])
            if w != link.value:
                link.set_value(w)
        for (l, j), bias in self.biases.items():
            b = float(snap.biases[l][j])
            if b != bias.value:
                bias.set_value(b)
        maps = snap.maps
        images = {-1: theme.maps_to_images(
            maps.input_thumbs, *theme.map_range(None, maps.input_thumbs), self.table)}
        digits = self.digit_input is not None
        for l, thumbs in enumerate(maps.neuron_thumbs):
            # a digits network's first units show their weights (±1), not their outputs
            scale = (-1.0, 1.0) if digits and l == 0 else \
                theme.map_range(snap.activations[l], thumbs)
            images[l] = theme.maps_to_images(thumbs, *scale, self.table)
        for (l, j), item in self.neurons.items():
            # (a digits network's later units have no picture: they are drawn plain)
            item.image = None if digits and l > 0 else images[l][j]  # painted with the frame
        if rebuilt:
            self.show_walkthrough()

    def show_digit(self, pixels: np.ndarray) -> None:
        if self.digit_input is not None:  # (the digit the output view reads)
            self.digit_input.show_digit(pixels)

    def set_scale(self, scale: float, high_contrast: bool) -> None:
        """Presentation mode: links at least 3 px wide (the diagram fits the view anyway),
        the walkthrough's labels larger."""
        self.min_link_width = 3.0 if high_contrast else 1.0
        self.least_text_px = least_pixels() if high_contrast else everyday_pixels()
        self._fit()
        for link in self.links.values():
            link.set_min_width(self.min_link_width)
        if self.link_layer is not None and self.model.snapshot is not None:
            self.link_layer.min_width = self.min_link_width
            self.link_layer.most = self._links_drawn()
            self.texts.apply()  # (the note says how many)
            self.link_layer.set_weights(np.concatenate(
                [w.ravel() for w in self.model.snapshot.weights]))
        self.overlay.scale = scale
        self.overlay.relayout()
        self.needs_paint = True
        self.viewport().update()

    # -- the walkthrough -----------------------------------------------------------------
    def attach_walkthrough(self, wm: WalkthroughModel) -> None:
        self.walkthrough = wm
        wm.changed.connect(self.show_walkthrough)

    def mark_parameters(self, keys: list[tuple]) -> None:
        """Emphasise these parameters ("w", l, i, j) / ("b", l, j): the two the gradient
        quiver plots. The walkthrough's own emphasis comes first while it runs."""
        self._marked = list(keys)
        if self._walking():
            return
        for (l, i, j), link in self.links.items():
            link.set_emphasis("on" if ("w", l, i, j) in self._marked else None)
        for (l, j), bias in self.biases.items():
            bias.set_emphasis(("b", l, j) in self._marked)
        self.needs_paint = True
        self.viewport().update()

    def _walking(self) -> bool:
        return self.walkthrough is not None and self.walkthrough.active

    def show_walkthrough(self) -> None:
        wm, snap = self.walkthrough, self.model.snapshot
        if wm is None:
            return
        if snap is not None and self._inputs_only != self._walking():
            self._structure = None  # the input column changes: build the diagram again
            self.on_snapshot(snap)
            return  # (on_snapshot comes back here once rebuilt)
        fits = (wm.net is not None and snap is not None and wm.net.units == snap.units
                and tuple(wm.net.features) == snap.features)
        self._fit()
        if wm.active and fits:
            self.overlay.show(wm)
        else:
            self.overlay.clear()
            self.mark_parameters(self._marked)
        self.needs_paint = True
        self.viewport().update()

    # -- interaction ---------------------------------------------------------------------
    def hover_unit(self, neuron: tuple[int, int] | None) -> None:
        self.model.hover(neuron)
        self.viewport().update()

    def toggle_feature(self, item: NeuronItem) -> None:
        snap = self.model.snapshot
        if snap is None:
            return
        features = list(snap.features)
        name = item.feature  # type: ignore[attr-defined]
        if name in features:
            if len(features) == 1:
                self.model.report(self.tr("At least one input must stay on."))
                return
            features.remove(name)
        else:
            features = [f for f in FEATURES if f in features or f == name]
        self.model.network.set_features(features)
