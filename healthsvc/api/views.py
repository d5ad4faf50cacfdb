"""Core API: sign up, get a token, who am I."""

from __future__ import annotations

from django.contrib.auth import authenticate
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.authtoken.models import Token
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from healthsvc.api.serializers import (
    MeSerializer,
    SignupResponseSerializer,
    SignupSerializer,
    TokenRequestSerializer,
    TokenSerializer,
)
from healthsvc.errors import DomainError
from healthsvc.selectors import user_with_roles
from healthsvc.services import patient_signup


class InvalidCredentials(DomainError):
    status_code = 400
    default_code = "invalid_credentials"


class SignupView(APIView):
    permission_classes = [AllowAny]
    throttle_scope = "auth"

    @extend_schema(request=SignupSerializer, responses={201: SignupResponseSerializer}, auth=[])
    def post(self, request):
        serializer = SignupSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = patient_signup(**serializer.validated_data)
        token, _ = Token.objects.get_or_create(user=user)
        user = user_with_roles(user_id=user.pk)
        return Response({"user": MeSerializer(user).data, "token": token.key}, status=status.HTTP_201_CREATED)


class TokenView(APIView):
    permission_classes = [AllowAny]
    throttle_scope = "auth"

    @extend_schema(request=TokenRequestSerializer, responses={200: TokenSerializer}, auth=[])
    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(
            request, username=serializer.validated_data["email"], password=serializer.validated_data["password"]
        )
        if user is None:
            raise InvalidCredentials(message="The email or password is not right.")
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})


class MeView(APIView):
    @extend_schema(responses={200: MeSerializer})
    def get(self, request):
        return Response(MeSerializer(user_with_roles(user_id=request.user.pk)).data)
