// Generated from Roster's OpenAPI document by `npm run client:generate`; do not edit.
export interface paths {
    "/api/auth/sign-in/social": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start signing in with an identity provider
         * @description Answers with the provider page to open. The provider sends the person back to /api/auth/callback/{providerId}, which signs them in and continues to callbackURL. Without a session cookie: it sets the state cookie the callback checks.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description One of: (none configured) */
                        provider: string;
                        /** @description Where the person lands once signed in */
                        callbackURL?: string;
                        /** @description Where a refused sign-in lands, with ?error={code} added */
                        errorCallbackURL?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: uri
                             * @description The provider's sign-in page: open it in the browser
                             */
                            url: string;
                            redirect: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/callback/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the identity provider sends the person back
         * @description Checks the state against this browser's state cookie, the issuer (RFC 9207 iss and the ID token), the code and the e-mail address, then signs the person in (a new account, the one already linked, or the existing account of the same address when both sides verified it) and redirects to callbackURL. Any refusal redirects to errorCallbackURL (or /sign-in) with ?error={code}, such as state_mismatch, issuer_mismatch or account_not_linked, and changes no account.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To callbackURL, or to the error page with ?error={code} */
                302: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability, for load balancers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and where their Plus comes from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                emailVerified: boolean;
                                image: string | null;
                                hasPassword: boolean;
                            };
                            plus: {
                                active: boolean;
                                /** @enum {string|null} */
                                source: "personal" | "organization" | null;
                                /** Format: uuid */
                                organizationId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete your account: refused while you own an organization; every membership ends and its seat is freed */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change your name, or remove your avatar (image: null) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string|null} */
                        image?: null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                emailVerified: boolean;
                                image: string | null;
                                hasPassword: boolean;
                            };
                            plus: {
                                active: boolean;
                                /** @enum {string|null} */
                                source: "personal" | "organization" | null;
                                /** Format: uuid */
                                organizationId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload your avatar: PNG, JPEG or GIF, at most 2 MB, as the raw body */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                emailVerified: boolean;
                                image: string | null;
                                hasPassword: boolean;
                            };
                            plus: {
                                active: boolean;
                                /** @enum {string|null} */
                                source: "personal" | "organization" | null;
                                /** Format: uuid */
                                organizationId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/user-images/{userId}/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's avatar, by content address (public, like organization images) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image (PNG, JPEG or GIF) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new verification link to your address; `next` is where the link returns you */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        next?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your address: a link goes to the new one, which counts once it is opened; 409 if another account has it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newEmail: string;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/email-verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a verification link: verifies the address, or completes a change of address
         * @description The token of the link in the mail. A forged one counts towards the bad-token limit; an expired (410), used (409) or forged (400) link changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "verified" | "email_changed";
                            email: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your password; other devices are signed out unless signOutOtherDevices is false */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                        /** @default true */
                        signOutOtherDevices?: boolean;
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The devices you are signed in on */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                id: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                                ipAddress: string | null;
                                userAgent: string | null;
                                current: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/sign-out-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out every other device; this one stays signed in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signedOut: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a link to choose a new password; the same answer whether or not an account uses the address */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the link from the mail; every session ends and this one signs in
         * @description An expired, used or forged link is RESET_LINK_INVALID, changes nothing and counts towards the bad-token limit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/plus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record or clear a user's personal Plus subscription */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "active": true
                     *     }
                     */
                    "application/json": {
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "userId": "Xq2m9KtVh3wLr8Yb",
                         *       "plus": {
                         *         "active": true,
                         *         "source": "organization",
                         *         "organizationId": "6f1c2a9e-4b7d-4e0a-9c3f-2d8b5e7a1f04"
                         *       }
                         *     }
                         */
                        "application/json": {
                            userId: string;
                            plus: {
                                active: boolean;
                                /** @enum {string|null} */
                                source: "personal" | "organization" | null;
                                /** Format: uuid */
                                organizationId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Does this user have Plus, and from where? */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "userId": "Xq2m9KtVh3wLr8Yb",
                         *       "plus": {
                         *         "active": true,
                         *         "source": "organization",
                         *         "organizationId": "6f1c2a9e-4b7d-4e0a-9c3f-2d8b5e7a1f04"
                         *       }
                         *     }
                         */
                        "application/json": {
                            userId: string;
                            plus: {
                                active: boolean;
                                /** @enum {string|null} */
                                source: "personal" | "organization" | null;
                                /** Format: uuid */
                                organizationId: string | null;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organizations I belong to, with my role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organizations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                image: string | null;
                                description: string;
                                welcomeMessage: string;
                                /** Format: date-time */
                                createdAt: string;
                                seats: {
                                    total: number;
                                    used: number;
                                    available: number;
                                };
                                viewer: {
                                    /** @enum {string} */
                                    role: "owner" | "admin" | "member";
                                    /** @enum {string} */
                                    seat: "plus" | "none";
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an organization; the caller becomes its owner and takes a seat (manual billing; with Stripe, use checkout) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            image: string | null;
                            description: string;
                            welcomeMessage: string;
                            /** Format: date-time */
                            createdAt: string;
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            viewer: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                /** @enum {string} */
                                seat: "plus" | "none";
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organization (members only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            image: string | null;
                            description: string;
                            welcomeMessage: string;
                            /** Format: date-time */
                            createdAt: string;
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            viewer: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                /** @enum {string} */
                                seat: "plus" | "none";
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete the organization and release every seat; confirm with its exact name (owner only) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        confirmName: string;
                    };
                };
            };
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename the organization or remove its image (owner/admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string|null} */
                        image?: null;
                        description?: string;
                        welcomeMessage?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            image: string | null;
                            description: string;
                            welcomeMessage: string;
                            /** Format: date-time */
                            createdAt: string;
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            viewer: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                /** @enum {string} */
                                seat: "plus" | "none";
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members of an organization, oldest first, by cursor; searchable by name (and e-mail for admins) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                user: {
                                    id: string;
                                    name: string;
                                    image: string | null;
                                    email?: string;
                                };
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                /** @enum {string} */
                                seat: "plus" | "none";
                                /** Format: date-time */
                                joinedAt: string;
                                /** Format: date-time */
                                lastActiveAt?: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member and free their seat (owner/admin; only the owner removes admins) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a member's role (admin/member) and/or Plus seat (owner/admin, per the role table) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role?: "admin" | "member";
                        /** @enum {string} */
                        seat?: "plus" | "none";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                name: string;
                                image: string | null;
                                email?: string;
                            };
                            /** @enum {string} */
                            role: "owner" | "admin" | "member";
                            /** @enum {string} */
                            seat: "plus" | "none";
                            /** Format: date-time */
                            joinedAt: string;
                            /** Format: date-time */
                            lastActiveAt?: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the organization and free your seat (the owner must transfer ownership first) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/transfer-ownership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make another member the owner; you become an admin (owner only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            image: string | null;
                            description: string;
                            welcomeMessage: string;
                            /** Format: date-time */
                            createdAt: string;
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            viewer: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                /** @enum {string} */
                                seat: "plus" | "none";
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Upload the organization image: PNG, JPEG or GIF, at most 2 MB, as the raw body (owner/admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            image: string | null;
                            description: string;
                            welcomeMessage: string;
                            /** Format: date-time */
                            createdAt: string;
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            viewer: {
                                /** @enum {string} */
                                role: "owner" | "admin" | "member";
                                /** @enum {string} */
                                seat: "plus" | "none";
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organization-images/{orgId}/{hash}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization image, by content address (public: invitees see it on the invite page) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    hash: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The image (PNG, JPEG or GIF) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who did what to whom, newest first, by cursor; filter by action or actor (owner/admin) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    action?: "organization.created" | "organization.updated" | "organization.image_changed" | "organization.deleted" | "ownership.transferred" | "member.joined" | "member.left" | "member.removed" | "member.role_changed" | "invite_link.regenerated" | "invite_link.updated" | "seat.assigned" | "seat.released" | "seats.changed" | "seat_request.created" | "seat_request.declined" | "seat_request.ended" | "seat_request.withdrawn" | "join.refused" | "seats.turned_away" | "billing.subscribed" | "billing.subscription_ended" | "billing.payment_failed";
                    actor?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                action: string;
                                target: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/audit-log.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole audit log as CSV, streamed; same filters (owner/admin) */
        get: {
            parameters: {
                query?: {
                    action?: "organization.created" | "organization.updated" | "organization.image_changed" | "organization.deleted" | "ownership.transferred" | "member.joined" | "member.left" | "member.removed" | "member.role_changed" | "invite_link.regenerated" | "invite_link.updated" | "seat.assigned" | "seat.released" | "seats.changed" | "seat_request.created" | "seat_request.declined" | "seat_request.ended" | "seat_request.withdrawn" | "join.refused" | "seats.turned_away" | "billing.subscribed" | "billing.subscription_ended" | "billing.payment_failed";
                    actor?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv), newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/invite-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The invite link and its settings (owner/admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uri */
                            url: string;
                            paused: boolean;
                            /** Format: date-time */
                            expiresAt: string | null;
                            allowedDomains: string[];
                            joins: number;
                            maxJoins: number | null;
                            requiresApproval: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Pause the link, set an expiry, or limit it to e-mail domains (owner/admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paused?: boolean;
                        /** Format: date-time */
                        expiresAt?: string | null;
                        allowedDomains?: string[];
                        requiresApproval?: boolean;
                        maxJoins?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uri */
                            url: string;
                            paused: boolean;
                            /** Format: date-time */
                            expiresAt: string | null;
                            allowedDomains: string[];
                            joins: number;
                            maxJoins: number | null;
                            requiresApproval: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/invite-link/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the invite link; the old one stops working at once (owner/admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uri */
                            url: string;
                            paused: boolean;
                            /** Format: date-time */
                            expiresAt: string | null;
                            allowedDomains: string[];
                            joins: number;
                            maxJoins: number | null;
                            requiresApproval: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{orgId}/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Preview an invite: organization, free seats and what would happen to the viewer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organization: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                image: string | null;
                                description: string;
                            };
                            plusBenefits: string[];
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            viewer: {
                                /** @enum {string} */
                                state: "signed_out" | "can_join" | "joins_without_seat" | "no_seats" | "request_pending" | "approval_required" | "already_member" | "email_domain_not_allowed" | "email_not_verified";
                            };
                            requiresApproval: boolean;
                            owner?: {
                                name: string;
                            };
                            allowedDomains?: string[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{orgId}/{token}/join": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join the organization; takes a Plus seat unless the joiner has Plus already */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            organizationId: string;
                            userId: string;
                            /** @enum {string} */
                            role: "owner" | "admin" | "member";
                            /** @enum {string} */
                            seat: "plus" | "none";
                            /** Format: date-time */
                            joinedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notifications: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                type: "welcome" | "member_joined" | "last_seat_taken" | "member_removed" | "member_left" | "role_changed" | "seat_assigned" | "seat_removed" | "invite_link_regenerated" | "seats_changed" | "seat_requested" | "seat_request_admitted" | "seat_request_declined" | "payment_failed" | "subscription_ended" | "organization_deleted" | "seat_request_ended" | "people_turned_away";
                                /** Format: uuid */
                                organizationId: string | null;
                                title: string;
                                data: {
                                    organizationName: string;
                                    actorName?: string | null;
                                    subjectName?: string | null;
                                    /** @enum {string} */
                                    seat?: "plus" | "none";
                                    role?: string;
                                    seatsAvailable?: number;
                                    seatsTotal?: number;
                                    previousSeats?: number;
                                    people?: number;
                                    approval?: boolean;
                                    until?: string;
                                    /** @enum {string} */
                                    reason?: "link_reset" | "link_paused" | "email_domain_not_allowed" | "email_not_verified" | "account_deleted";
                                    welcomeMessage?: string;
                                    domains?: string[];
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                readAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The number on the bell */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some ({ ids }) or all ({ all: true }) of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    } | {
                        /** @enum {boolean} */
                        all: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For each notification type: shown in the app, sent by e-mail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                inApp: boolean;
                                email: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Change some notification types; the rest keep their setting */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: {
                            inApp?: boolean;
                            email?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: {
                                inApp: boolean;
                                email: boolean;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** One-click unsubscribe (RFC 8058) */
        post: {
            parameters: {
                query: {
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An HTML page saying it is done */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live: event "notification" per new notification, "unread", and "seats" of ?organizationId */
        get: {
            parameters: {
                query?: {
                    organizationId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{orgId}/{token}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live seat count for the invite page (event "seats"); "changed" when the link or the organization changed, and the stream ends if the link no longer works */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Registered webhook receivers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhooks: {
                                /** Format: uuid */
                                id: string;
                                url: string;
                                eventTypes: ("member.joined" | "member.left" | "member.removed" | "member.role_changed" | "seat.assigned" | "seat.released" | "seats.changed" | "invite_link.regenerated" | "organization.deleted" | "join.refused" | "seats.exhausted")[];
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a webhook receiver; the signing secret is returned only now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    /**
                     * @example {
                     *       "url": "https://app.example.com/hooks/roster",
                     *       "eventTypes": [
                     *         "member.joined",
                     *         "seat.released"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        eventTypes: ("member.joined" | "member.left" | "member.removed" | "member.role_changed" | "seat.assigned" | "seat.released" | "seats.changed" | "invite_link.regenerated" | "organization.deleted" | "join.refused" | "seats.exhausted")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            eventTypes: ("member.joined" | "member.left" | "member.removed" | "member.role_changed" | "seat.assigned" | "seat.released" | "seats.changed" | "invite_link.regenerated" | "organization.deleted" | "join.refused" | "seats.exhausted")[];
                            /** Format: date-time */
                            createdAt: string;
                            secret: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a webhook receiver */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    webhookId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery backlog: pending, dead (with the last error) and done rows */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pending: number;
                            dead: number;
                            done: number;
                            /** Format: date-time */
                            oldestPendingAt: string | null;
                            deadRows: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "email" | "webhook" | "billing";
                                attempts: number;
                                lastError: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            failingRows: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "email" | "webhook" | "billing";
                                attempts: number;
                                lastError: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                runAfter: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/{outboxId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a dead row a fresh set of attempts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    outboxId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan, cycle, status, next payment and seats bought, assigned and available (owner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            provider: "manual" | "stripe";
                            /** @enum {string} */
                            status: "active" | "trialing" | "past_due" | "unpaid" | "canceled" | "incomplete" | "none";
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            pendingRequests: number;
                            plan: {
                                amount: number;
                                currency: string;
                                /** @enum {string} */
                                interval: "day" | "week" | "month" | "year";
                                name: string | null;
                            } | null;
                            nextPayment: {
                                amount: number;
                                currency: string;
                                /** Format: date-time */
                                at: string;
                            } | null;
                            cancelAtPeriodEnd: boolean;
                            /** Format: date-time */
                            periodEndsAt: string | null;
                            paidSeats: number | null;
                            /** Format: date-time */
                            graceEndsAt: string | null;
                            drift: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/billing/seats/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** What changing the number of seats would do and cost (prorated); changes nothing (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            provider: "manual" | "stripe";
                            /** @enum {string} */
                            change: "raise" | "lower" | "none";
                            current: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            proposed: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            admits: number;
                            amountDue: {
                                amount: number;
                                currency: string;
                            } | null;
                            recurring: {
                                amount: number;
                                currency: string;
                                /** @enum {string} */
                                interval: "day" | "week" | "month" | "year";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/billing/seats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the number of seats; never below the seats assigned (owner) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            outcome: "applied" | "pending-confirmation";
                            billing: {
                                /** @enum {string} */
                                provider: "manual" | "stripe";
                                /** @enum {string} */
                                status: "active" | "trialing" | "past_due" | "unpaid" | "canceled" | "incomplete" | "none";
                                seats: {
                                    total: number;
                                    used: number;
                                    available: number;
                                };
                                pendingRequests: number;
                                plan: {
                                    amount: number;
                                    currency: string;
                                    /** @enum {string} */
                                    interval: "day" | "week" | "month" | "year";
                                    name: string | null;
                                } | null;
                                nextPayment: {
                                    amount: number;
                                    currency: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                cancelAtPeriodEnd: boolean;
                                /** Format: date-time */
                                periodEndsAt: string | null;
                                paidSeats: number | null;
                                /** Format: date-time */
                                graceEndsAt: string | null;
                                drift: string | null;
                            };
                            admitted: number;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/billing/portal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A link to the payment provider's portal: payment methods, invoices, cancellation (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How this Roster bills: the provider and the price per seat (null when seats are free) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            provider: "manual" | "stripe";
                            price: {
                                amount: number;
                                currency: string;
                                /** @enum {string} */
                                interval: "day" | "week" | "month" | "year";
                                name: string | null;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start paying for a new organization; answers with the payment page to open */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "create" | "resubscribe";
                            /** @enum {string} */
                            status: "open" | "completed" | "expired";
                            seats: number;
                            url: string | null;
                            /** Format: uuid */
                            organizationId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/billing/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscribe again (or for the first time) for an existing organization (owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        seats: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "create" | "resubscribe";
                            /** @enum {string} */
                            status: "open" | "completed" | "expired";
                            seats: number;
                            url: string | null;
                            /** Format: uuid */
                            organizationId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/checkout/{checkoutId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A checkout I started; asks the provider while it is open, and completes it once paid */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    checkoutId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "create" | "resubscribe";
                            /** @enum {string} */
                            status: "open" | "completed" | "expired";
                            seats: number;
                            url: string | null;
                            /** Format: uuid */
                            organizationId: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/billing/stripe/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stripe webhook endpoint (signed with STRIPE_WEBHOOK_SECRET); point Stripe at this URL */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            received: true;
                            duplicate: boolean;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/billing/reconciliation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The last comparison of every subscription with Roster: repairs made, drift left, subscriptions no organization holds, errors */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                at: string;
                                checked: number;
                                repaired: {
                                    organizationId: string;
                                    seats: {
                                        from: number;
                                        to: number;
                                    };
                                    status: string;
                                }[];
                                drift: {
                                    organizationId: string;
                                    message: string;
                                }[];
                                checkoutsSettled: number;
                                orphans: {
                                    subscriptionId: string;
                                    customerId: string;
                                    status: string;
                                    organizationId: string | null;
                                    canceled: boolean;
                                }[];
                                errors: {
                                    target: string;
                                    message: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/billing/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compare every subscription with Roster now and repair what drifted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            report: {
                                at: string;
                                checked: number;
                                repaired: {
                                    organizationId: string;
                                    seats: {
                                        from: number;
                                        to: number;
                                    };
                                    status: string;
                                }[];
                                drift: {
                                    organizationId: string;
                                    message: string;
                                }[];
                                checkoutsSettled: number;
                                orphans: {
                                    subscriptionId: string;
                                    customerId: string;
                                    status: string;
                                    organizationId: string | null;
                                    canceled: boolean;
                                }[];
                                errors: {
                                    target: string;
                                    message: string;
                                }[];
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invites/{orgId}/{token}/seat-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a seat in a full organization (201 new, 200 already pending) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            /** @enum {string} */
                            status: "pending" | "admitted" | "declined" | "ended";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            /** @enum {string} */
                            status: "pending" | "admitted" | "declined" | "ended";
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        /** Withdraw your own pending seat request (204) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/seat-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People waiting for a seat, oldest first (owner/admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                organizationId: string;
                                /** @enum {string} */
                                status: "pending" | "admitted" | "declined" | "ended";
                                /** Format: date-time */
                                createdAt: string;
                                user: {
                                    id: string;
                                    name: string;
                                    email: string;
                                    image: string | null;
                                };
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/seat-requests/{requestId}/admit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let the requester join with a Plus seat (owner/admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            /** @enum {string} */
                            status: "pending" | "admitted" | "declined" | "ended";
                            /** Format: date-time */
                            createdAt: string;
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                image: string | null;
                            };
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/seat-requests/{requestId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the request; the requester is told (owner/admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organizationId: string;
                            /** @enum {string} */
                            status: "pending" | "admitted" | "declined" | "ended";
                            /** Format: date-time */
                            createdAt: string;
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                image: string | null;
                            };
                            /** Format: date-time */
                            decidedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The identity providers offered as "Continue with {name}" */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providers: {
                                /** @description Pass as `provider` to POST /api/auth/sign-in/social */
                                id: string;
                                /** @description Shown as "Continue with {name}" */
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        /**
                         * @example {
                         *       "error": {
                         *         "code": "NO_SEATS_AVAILABLE",
                         *         "message": "No seats left — ask an admin to add seats."
                         *       }
                         *     }
                         */
                        "application/json": {
                            error: {
                                /** @enum {string} */
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
