"""The model's observer: several changes made as one reach subscribers once."""

from mlpviz.model.events import Event


def test_held_changes_are_announced_once_with_the_last_arguments():
    event, heard = Event(), []
    event.connect(lambda *args: heard.append(args))
    with event.held():
        event.emit(1)
        with event.held():  # an inner block leaves it to the outer one
            event.emit(2)
        event.emit(3)
        assert heard == []
    assert heard == [(3,)]
    event.emit(4)
    assert heard == [(3,), (4,)]


def test_a_held_block_without_changes_announces_nothing_and_errors_still_announce():
    event, heard = Event(), []
    event.connect(lambda *args: heard.append(args))
    with event.held():
        pass
    assert heard == []
    try:
        with event.held():
            event.emit("half done")
            raise ValueError
    except ValueError:
        pass
    assert heard == [("half done",)]  # the views show the state the model is in
