from rest_framework.pagination import PageNumberPagination


class Pagination(PageNumberPagination):
    """?page=N&page_size=M, at most 100 a page, so no list is unbounded."""

    page_size_query_param = "page_size"
    max_page_size = 100
