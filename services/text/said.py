"""Words for a person that remember how they were made. Services speak English (the command
line prints them as they are); a `Said` is that English string, and it also keeps its template,
marked with N_ for translation, and the values put into it, so that the window can say the same
thing in its own language (ui.labels.say)."""

from __future__ import annotations


class Said(str):
    template: str
    values: dict

    def __new__(cls, template: str, **values) -> Said:
        said = super().__new__(cls, template.format(**values))
        said.template = template
        said.values = values
        return said

    def __reduce__(self):  # a Said crosses to a worker process as what it is
        return (_remake, (self.template, self.values))


def _remake(template: str, values: dict) -> Said:
    return Said(template, **values)
