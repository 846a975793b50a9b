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
                        /** @description Where the person lands instead of callbackURL when the sign-in created their account */
                        newUserCallbackURL?: string;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
        /**
         * Members of an organization: filter, sort and page by cursor
         * @description Filter by role, seat and search text (names for everyone, e-mail addresses for owners and admins); sort by joined, name or last_active. The first page counts the matches in `total`; pass `nextCursor` with the same filters and sort for the next page (a cursor of another sort answers INVALID_CURSOR).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description Part of a name (or an e-mail address, for owners and admins) */
                    q?: string;
                    /** @description Only members of this role */
                    role?: "owner" | "admin" | "member";
                    /** @description `plus`: holding a Plus seat here; `none`: without one */
                    seat?: "plus" | "none";
                    /** @description joined (oldest first), name (A to Z), last_active (most recent first) */
                    sort?: "joined" | "name" | "last_active";
                    /** @description Reverses the sort; default asc for joined and name, desc for last_active */
                    order?: "asc" | "desc";
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
                        /**
                         * @example {
                         *       "members": [
                         *         {
                         *           "user": {
                         *             "id": "u_1",
                         *             "name": "Ann Lee",
                         *             "image": null,
                         *             "email": "ann@example.com"
                         *           },
                         *           "role": "admin",
                         *           "seat": "plus",
                         *           "joinedAt": "2026-01-05T09:30:00.000Z",
                         *           "lastActiveAt": "2026-03-01T12:00:00.000Z"
                         *         }
                         *       ],
                         *       "nextCursor": "WyJqb2luZWQiLCIyMDI2LTAxLTA1VDA5OjMwOjAwLjAwMFoiLCJ1XzEiXQ",
                         *       "total": {
                         *         "count": 1234,
                         *         "more": false
                         *       }
                         *     }
                         */
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
                            total: {
                                count: number;
                                more: boolean;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/members.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every member matching the filters as CSV, streamed (owner/admin)
         * @description Columns: name, email, role, seat (Plus or No seat), joined_at and last_active_at (ISO 8601, UTC), user_id. A cell that a spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Part of a name (or an e-mail address, for owners and admins) */
                    q?: string;
                    /** @description Only members of this role */
                    role?: "owner" | "admin" | "member";
                    /** @description `plus`: holding a Plus seat here; `none`: without one */
                    seat?: "plus" | "none";
                    /** @description joined (oldest first), name (A to Z), last_active (most recent first) */
                    sort?: "joined" | "name" | "last_active";
                    /** @description Reverses the sort; default asc for joined and name, desc for last_active */
                    order?: "asc" | "desc";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV (text/csv), in the sort asked for */
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/members/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove, change the role of, or give or take the Plus seat of many members at once
         * @description All or nothing: each person goes through the same rules as one at a time, and if any of them cannot be changed (FORBIDDEN, MEMBER_NOT_FOUND, NO_SEATS_AVAILABLE, PLUS_FROM_ELSEWHERE) nothing is, and the message names who stopped it. At most 100 people per request.
         */
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
                        /** @enum {string} */
                        action: "remove";
                        /**
                         * @example [
                         *       "u_ann",
                         *       "u_ben"
                         *     ]
                         */
                        userIds: string[];
                    } | {
                        /** @enum {string} */
                        action: "set_role";
                        /**
                         * @example [
                         *       "u_ann",
                         *       "u_ben"
                         *     ]
                         */
                        userIds: string[];
                        /** @enum {string} */
                        role: "admin" | "member";
                    } | {
                        /** @enum {string} */
                        action: "set_seat";
                        /**
                         * @example [
                         *       "u_ann",
                         *       "u_ben"
                         *     ]
                         */
                        userIds: string[];
                        /** @enum {string} */
                        seat: "plus" | "none";
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
                            removed: string[];
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                    action?: "organization.created" | "organization.updated" | "organization.image_changed" | "organization.deleted" | "ownership.transferred" | "member.joined" | "member.left" | "member.removed" | "member.role_changed" | "invite_link.regenerated" | "invite_link.updated" | "invitations.sent" | "invitations.resent" | "invitation.revoked" | "invitation.opened" | "seat.assigned" | "seat.released" | "seats.changed" | "seat_request.created" | "seat_request.declined" | "seat_request.ended" | "seat_request.withdrawn" | "join.refused" | "seats.turned_away" | "billing.subscribed" | "billing.subscription_ended" | "billing.payment_failed" | "seats.restored";
                    /** @description Only what this user id did */
                    actor?: string;
                    /** @description Only events this user id did or was the subject of */
                    person?: string;
                    /** @description From this instant on (inclusive) */
                    from?: string;
                    /** @description Before this instant (exclusive) */
                    to?: string;
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
                        /**
                         * @example {
                         *       "events": [
                         *         {
                         *           "id": "0b9f6c1e-4d2a-4e57-9f53-2d8f3c1a7b10",
                         *           "at": "2026-03-01T12:34:56.789Z",
                         *           "actor": {
                         *             "id": "u_olive",
                         *             "name": "Olive Owner"
                         *           },
                         *           "action": "member.role_changed",
                         *           "sentence": "Olive Owner changed Ann Lee’s role to admin",
                         *           "target": {
                         *             "id": "u_ann",
                         *             "name": "Ann Lee"
                         *           },
                         *           "data": {
                         *             "from": "member",
                         *             "to": "admin"
                         *           }
                         *         }
                         *       ],
                         *       "nextCursor": null
                         *     }
                         */
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
                                sentence: string;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                    action?: "organization.created" | "organization.updated" | "organization.image_changed" | "organization.deleted" | "ownership.transferred" | "member.joined" | "member.left" | "member.removed" | "member.role_changed" | "invite_link.regenerated" | "invite_link.updated" | "invitations.sent" | "invitations.resent" | "invitation.revoked" | "invitation.opened" | "seat.assigned" | "seat.released" | "seats.changed" | "seat_request.created" | "seat_request.declined" | "seat_request.ended" | "seat_request.withdrawn" | "join.refused" | "seats.turned_away" | "billing.subscribed" | "billing.subscription_ended" | "billing.payment_failed" | "seats.restored";
                    /** @description Only what this user id did */
                    actor?: string;
                    /** @description Only events this user id did or was the subject of */
                    person?: string;
                    /** @description From this instant on (inclusive) */
                    from?: string;
                    /** @description Before this instant (exclusive) */
                    to?: string;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/organizations/{orgId}/invite-link/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How each version of the invite link did: opened, signed up, joined, turned away (owner/admin)
         * @description Per link version (the current one first, then up to nine before it): distinct signed-in people who opened it, signed-out opens, accounts created from it, people who joined through it and people turned away by reason, in all and per day (UTC). Counts are written a few milliseconds after the fact, so a very recent open may not be counted yet. Errors: 401 UNAUTHENTICATED when signed out; 404 ORGANIZATION_NOT_FOUND for a non-member or an unknown organization; 403 FORBIDDEN for a member who is not an owner or admin.
         */
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
                        /**
                         * @example {
                         *       "currentVersion": 2,
                         *       "versions": [
                         *         {
                         *           "version": 2,
                         *           "current": true,
                         *           "startedAt": "2026-11-30T09:12:00.000Z",
                         *           "opened": {
                         *             "people": 14,
                         *             "signedOut": 20
                         *           },
                         *           "signedUp": 6,
                         *           "joined": 11,
                         *           "turnedAway": {
                         *             "noSeats": 2,
                         *             "emailDomain": 1,
                         *             "emailNotVerified": 0,
                         *             "limitReached": 0,
                         *             "paused": 0,
                         *             "expired": 0,
                         *             "reset": 0
                         *           },
                         *           "days": [
                         *             {
                         *               "day": "2026-11-30",
                         *               "opened": 9,
                         *               "openedSignedOut": 12,
                         *               "signedUp": 4,
                         *               "joined": 7,
                         *               "turnedAway": 1
                         *             },
                         *             {
                         *               "day": "2026-12-01",
                         *               "opened": 5,
                         *               "openedSignedOut": 8,
                         *               "signedUp": 2,
                         *               "joined": 4,
                         *               "turnedAway": 2
                         *             }
                         *           ]
                         *         }
                         *       ]
                         *     }
                         */
                        "application/json": {
                            currentVersion: number;
                            versions: {
                                version: number;
                                current: boolean;
                                /** Format: date-time */
                                startedAt: string | null;
                                opened: {
                                    /** @description Distinct signed-in people who opened this version */
                                    people: number;
                                    /** @description Opens while signed out: once per address per day per server, addresses never stored */
                                    signedOut: number;
                                };
                                /** @description People who created their account from this link */
                                signedUp: number;
                                /** @description Distinct people who joined through this version */
                                joined: number;
                                turnedAway: {
                                    noSeats: number;
                                    /** @description Their address is not at one of the allowed domains */
                                    emailDomain: number;
                                    emailNotVerified: number;
                                    /** @description The link had reached its maximum number of joins */
                                    limitReached: number;
                                    paused: number;
                                    expired: number;
                                    /** @description They came with this version's token after the link was reset */
                                    reset: number;
                                };
                                days: {
                                    /** Format: date */
                                    day: string;
                                    /** @description Signed-in people who opened the link that day */
                                    opened: number;
                                    openedSignedOut: number;
                                    signedUp: number;
                                    joined: number;
                                    /** @description People turned away that day, all reasons together */
                                    turnedAway: number;
                                }[];
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * E-mail invitations, newest first: invited, opened, joined or revoked (owner/admin)
         * @description One page (limit, default 50, at most 100); pass nextCursor as cursor for the next. total and needsNewLink count every page. A resend moves an invitation to the top.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
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
                            invitations: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                /** @enum {string} */
                                status: "invited" | "opened" | "joined" | "revoked";
                                needsNewLink: boolean;
                                invitedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: date-time */
                                sentAt: string;
                                /** Format: date-time */
                                openedAt: string | null;
                                /** Format: date-time */
                                joinedAt: string | null;
                                sendCount: number;
                            }[];
                            nextCursor: string | null;
                            total: number;
                            needsNewLink: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Invite a batch of addresses by e-mail, all or nothing (owner/admin)
         * @description Every valid address gets one mail with the invite link; bad lines, duplicates and members are reported and skipped. An address invited less than a day ago needs confirmRepeat (INVITATION_SENT_RECENTLY otherwise; nothing is sent). More than 500 lines: TOO_MANY_ADDRESSES.
         */
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
                        /**
                         * @example ann@example.com
                         *     Bob Stone,bob@example.com
                         */
                        addresses: string;
                        confirmRepeat?: boolean;
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
                            lines: number;
                            addresses: {
                                line: number;
                                email: string;
                                hasPlus: boolean;
                                sentRecently: boolean;
                            }[];
                            problems: {
                                line: number;
                                text: string;
                                /** @enum {string} */
                                reason: "not_an_address" | "control_characters" | "formula" | "duplicate" | "already_member" | "header";
                                message: string;
                            }[];
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            alreadyPlus: number;
                            seatsNeeded: number;
                            seatsShort: number;
                            sentRecently: number;
                            sent: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/invitations.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every e-mail invitation as CSV, newest first, formula-safe (owner/admin) */
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
                /** @description CSV (text/csv) */
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/invitations/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a batch before sending: per-line report, free seats, addresses with Plus (owner/admin)
         * @description Up to 500 non-blank lines, one address a line or CSV. Bad lines, duplicates and members are reported, never fatal. Writes nothing.
         */
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
                        /**
                         * @example ann@example.com
                         *     Bob Stone,bob@example.com
                         */
                        addresses: string;
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
                            lines: number;
                            addresses: {
                                line: number;
                                email: string;
                                hasPlus: boolean;
                                sentRecently: boolean;
                            }[];
                            problems: {
                                line: number;
                                text: string;
                                /** @enum {string} */
                                reason: "not_an_address" | "control_characters" | "formula" | "duplicate" | "already_member" | "header";
                                message: string;
                            }[];
                            seats: {
                                total: number;
                                used: number;
                                available: number;
                            };
                            alreadyPlus: number;
                            seatsNeeded: number;
                            seatsShort: number;
                            sentRecently: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/invitations/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail pending invitations again with the current link: by id, or all whose link was reset (owner/admin) */
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
                        ids: string[];
                        confirmRepeat?: boolean;
                    } | {
                        /** @enum {boolean} */
                        needsNewLink: true;
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
                            resent: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a pending invitation; the invite link itself keeps working (owner/admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    invitationId: string;
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
                            email: string;
                            /** @enum {string} */
                            status: "invited" | "opened" | "joined" | "revoked";
                            needsNewLink: boolean;
                            invitedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            sentAt: string;
                            /** Format: date-time */
                            openedAt: string | null;
                            /** Format: date-time */
                            joinedAt: string | null;
                            sendCount: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                query?: {
                    i?: string | string[];
                    from?: "sign-up";
                };
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                    /** Format: uuid */
                                    requestId?: string;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
        /** Set the number of seats; never below the seats assigned. Added seats admit waiting seat requests: those in admitFirst first, then the others oldest first (owner) */
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
                        admitFirst?: string[];
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/seats/restorable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Members who lost Plus when the subscription ended and could have it back now (owner/admin) */
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
                        /**
                         * @example {
                         *       "members": [
                         *         {
                         *           "id": "u_ann",
                         *           "name": "Ann Lee"
                         *         }
                         *       ],
                         *       "seatsAvailable": 4
                         *     }
                         */
                        "application/json": {
                            members: {
                                id: string;
                                name: string;
                            }[];
                            seatsAvailable: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
    "/api/v1/organizations/{orgId}/seats/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give their Plus seats back, all in one step (owner/admin)
         * @description All or nothing: NO_SEATS_AVAILABLE says how many seats to add first; NOTHING_TO_RESTORE when everyone who had a seat has Plus again or has left.
         */
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
                        /**
                         * @example {
                         *       "restored": 12,
                         *       "seatsAvailable": 3
                         *     }
                         */
                        "application/json": {
                            restored: number;
                            seatsAvailable: number;
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
                                code: "VALIDATION_FAILED" | "INVALID_CURSOR" | "CONFIRMATION_MISMATCH" | "TOO_MANY_ADDRESSES" | "VERIFICATION_LINK_INVALID" | "RESET_LINK_INVALID" | "WEBHOOK_SIGNATURE_INVALID" | "UNAUTHENTICATED" | "INVALID_API_KEY" | "FORBIDDEN" | "ORIGIN_NOT_ALLOWED" | "EMAIL_DOMAIN_NOT_ALLOWED" | "APPROVAL_REQUIRED" | "EMAIL_NOT_VERIFIED" | "WRONG_PASSWORD" | "NOT_FOUND" | "ORGANIZATION_NOT_FOUND" | "USER_NOT_FOUND" | "MEMBER_NOT_FOUND" | "SEAT_REQUEST_NOT_FOUND" | "INVITE_INVALID" | "INVITATION_NOT_FOUND" | "CHECKOUT_NOT_FOUND" | "BILLING_NOT_CONFIGURED" | "METHOD_NOT_ALLOWED" | "ALREADY_MEMBER" | "NO_SEATS_AVAILABLE" | "PLUS_FROM_ELSEWHERE" | "OWNER_CANNOT_LEAVE" | "SEATS_BELOW_ASSIGNED" | "SEAT_REQUEST_NOT_NEEDED" | "NOTHING_TO_RESTORE" | "SEAT_REQUEST_DECIDED" | "SEAT_REQUEST_NOT_ADMISSIBLE" | "CHECKOUT_REQUIRED" | "SUBSCRIPTION_REQUIRED" | "SUBSCRIPTION_ACTIVE" | "CHECKOUT_IN_PROGRESS" | "PAYMENT_PAST_DUE" | "EMAIL_TAKEN" | "EMAIL_ALREADY_VERIFIED" | "VERIFICATION_LINK_USED" | "NO_PASSWORD" | "OWNS_ORGANIZATIONS" | "INVITATION_SENT_RECENTLY" | "INVITATION_NOT_PENDING" | "VERIFICATION_LINK_EXPIRED" | "PAYMENT_FAILED" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "RATE_LIMITED" | "INTERNAL_ERROR" | "BILLING_PROVIDER_ERROR" | "BILLING_PROVIDER_UNAVAILABLE" | "OPERATOR_API_DISABLED" | "DATABASE_UNAVAILABLE";
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
