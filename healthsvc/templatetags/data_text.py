"""`{{ value|data_text }}`: show a data text (a complaint, a reason, advice, a medicine) in the page's language."""

from django import template

from healthsvc.data_text import data_text as translate_data_text

register = template.Library()


@register.filter(name="data_text")
def data_text(value):
    return translate_data_text(value) if isinstance(value, str) else value
