"""Core API: sign up, get a token, list and revoke my tokens, who am I, the people I fill in checks for."""

from __future__ import annotations

import logging

from django.contrib.auth import authenticate
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.pagination import Pagination
from healthsvc.api.schema import error_response
from healthsvc.api.serializers import (
    CloseAccountSerializer,
    DependantSerializer,
    MeSerializer,
    SignupAcceptedSerializer,
    SignupSerializer,
    TokenInfoSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from healthsvc.client_ip import client_ip
from healthsvc.data_rights import patient_account_close, patient_data_export
from healthsvc.errors import DomainError, NotFound
from healthsvc.selectors import dependants_of, user_with_roles
from healthsvc.services import dependant_add
from healthsvc.signin import locked_out
from healthsvc.signup import SIGNUP_SENT, signup_request
from healthsvc.tokens import token_issue, token_revoke, tokens_of

logger = logging.getLogger("healthsvc.signin")


class InvalidCredentials(DomainError):
    status_code = 400
    default_code = "invalid_credentials"


class SignupView(APIView):
    permission_classes = [AllowAny]
    throttle_scope = "auth"

    @extend_schema(
        request=SignupSerializer,
        responses={202: SignupAcceptedSerializer},
        auth=[],
        description="Starts a sign-up. The answer is the same whether or not the address already has an account: "
        "an email goes to the address, with a link that confirms a new account (then get a token from "
        "/api/v1/auth/token/), or, if it already has one, links to sign in or reset the password.",
    )
    def post(self, request):
        serializer = SignupSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        signup_request(site=request.build_absolute_uri("/"), **serializer.validated_data)
        return Response({"detail": SIGNUP_SENT}, status=status.HTTP_202_ACCEPTED)


class TokenView(APIView):
    permission_classes = [AllowAny]
    throttle_scope = "auth"

    @extend_schema(request=TokenRequestSerializer, responses={200: TokenSerializer}, auth=[])
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        # The Django request, not DRF's wrapper: django-axes marks a locked-out sign-in on it.
        django_request = request._request
        user = authenticate(
            django_request,
            username=serializer.validated_data["email"],
            password=serializer.validated_data["password"],
        )
        if user is None:
            if getattr(django_request, "axes_locked_out", False):
                return locked_out(django_request)
            raise InvalidCredentials(message="The email or password is not right.")
        logger.info("API token issued", extra={"user_id": user.pk, "client_ip": client_ip(django_request)})
        stored, token = token_issue(user=user)
        return Response({"token": token, "expiry": stored.expiry})


class MeView(APIView):
    @extend_schema(responses={200: MeSerializer})
    def get(self, request):
        return Response(MeSerializer(user_with_roles(user_id=request.user.pk)).data)


class DependantListView(APIView):
    """Children, parents or others the signed-in patient checks symptoms and books for."""

    pagination_class = Pagination

    @extend_schema(responses={200: DependantSerializer(many=True)})
    def get(self, request):
        paginator = self.pagination_class()
        page = paginator.paginate_queryset(dependants_of(user=request.user), request, view=self)
        return paginator.get_paginated_response(DependantSerializer(page, many=True).data)

    @extend_schema(
        request=DependantSerializer,
        responses={201: DependantSerializer, 409: error_response("`too_many_dependants`: the account holds 20.")},
    )
    def post(self, request):
        serializer = DependantSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        dependant = dependant_add(guardian=request.user, **serializer.validated_data)
        return Response(DependantSerializer(dependant).data, status=status.HTTP_201_CREATED)


class ExportView(APIView):
    """Everything held about the signed-in patient, as JSON (audited)."""

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request):
        response = Response(patient_data_export(patient=request.user))
        response["Content-Disposition"] = 'attachment; filename="my-healthsvc-data.json"'
        return response


class CloseAccountView(APIView):
    """Close the signed-in patient's account: needs the password again (docs/security.md says what is kept)."""

    @extend_schema(request=CloseAccountSerializer, responses={204: None})
    def post(self, request):
        serializer = CloseAccountSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        if not request.user.check_password(serializer.validated_data["password"]):
            raise InvalidCredentials(message="The password is not right.")
        patient_account_close(patient=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokenListView(APIView):
    """The signed-in person's API tokens (never the token text: only its first characters)."""

    @extend_schema(responses={200: TokenInfoSerializer(many=True)})
    def get(self, request):
        return Response(TokenInfoSerializer(tokens_of(user=request.user), many=True).data)


class TokenRevokeView(APIView):
    @extend_schema(
        request=None, responses={204: None, 404: error_response("You have no token starting with those characters.")}
    )
    def delete(self, request, token_key: str):
        if not token_revoke(user=request.user, token_key=token_key):
            raise NotFound("token_not_found", "You have no token starting with those characters.")
        return Response(status=status.HTTP_204_NO_CONTENT)
