// Generated from docs/openapi.json by `npm run openapi`. Do not edit.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is the server up and can it reach its database? */
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
                            status: "ok" | "degraded";
                            db: "ok" | "error";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "ok" | "degraded";
                            db: "ok" | "error";
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with user name and password */
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
                        username: string;
                        password: string;
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
                            /** Me */
                            user: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                locale: "zh-CN" | "en";
                                version: number;
                                grants: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    role: "admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler";
                                    scopeKind: "org" | "village";
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    scopeId: string;
                                    scopeName: string;
                                }[];
                                permissions: ("org.read" | "org.update" | "user.read" | "user.manage" | "audit.read" | "person.read" | "person.update" | "person.unmask" | "person.restricted.read" | "village.read" | "village.books.read" | "village.books.write" | "file.upload")[];
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token for writes */
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
                            /** Me */
                            user: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                username: string;
                                displayName: string;
                                locale: "zh-CN" | "en";
                                version: number;
                                grants: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    role: "admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler";
                                    scopeKind: "org" | "village";
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    scopeId: string;
                                    scopeName: string;
                                }[];
                                permissions: ("org.read" | "org.update" | "user.read" | "user.manage" | "audit.read" | "person.read" | "person.update" | "person.unmask" | "person.restricted.read" | "village.read" | "village.books.read" | "village.books.write" | "file.upload")[];
                            };
                            csrfToken: string;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends this session) */
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my display name or language */
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
                        /** @description Row version for optimistic concurrency */
                        version: number;
                        displayName?: string;
                        locale?: "zh-CN" | "en";
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
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            id: string;
                            username: string;
                            displayName: string;
                            locale: "zh-CN" | "en";
                            version: number;
                            grants: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                role: "admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler";
                                scopeKind: "org" | "village";
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                scopeId: string;
                                scopeName: string;
                            }[];
                            permissions: ("org.read" | "org.update" | "user.read" | "user.manage" | "audit.read" | "person.read" | "person.update" | "person.unmask" | "person.restricted.read" | "village.read" | "village.books.read" | "village.books.write" | "file.upload")[];
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (signs out my other sessions) */
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
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/org/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org tree (down to buildings) that I may see, with ancestors for context */
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
                            nodes: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                parentId: string | null;
                                kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room";
                                code: string;
                                name: string;
                                depth: number;
                                version: number;
                                inScope: boolean;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/org/nodes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One org node */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            id: string;
                            parentId: string | null;
                            kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room";
                            code: string;
                            name: string;
                            depth: number;
                            version: number;
                            inScope: boolean;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
        /** Rename or re-code an org node (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Row version for optimistic concurrency */
                        version: number;
                        name?: string;
                        code?: string;
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
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            id: string;
                            parentId: string | null;
                            kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room";
                            code: string;
                            name: string;
                            depth: number;
                            version: number;
                            inScope: boolean;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/org/nodes/{id}/children": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children of an org node, by code, a page at a time */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                parentId: string | null;
                                kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room";
                                code: string;
                                name: string;
                                depth: number;
                                version: number;
                                inScope: boolean;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log entries under the subtrees I audit, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    action?: string;
                    targetType?: string;
                    targetId?: string;
                    /** @description UUIDv7 identifier */
                    actorId?: string;
                    /** @description Epoch milliseconds (UTC) */
                    from?: number;
                    /** @description Epoch milliseconds (UTC) */
                    to?: number;
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                /** @description Epoch milliseconds (UTC) */
                                at: number;
                                actorId: string | null;
                                actorLabel: string;
                                ip: string | null;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                villageId: string | null;
                                summary: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a photo or PDF (multipart/form-data, one part named "file") */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            size: number;
                            mime: string;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file I uploaded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                    content?: never;
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
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a person where they live (ID number checked, identifiers stored hashed and sealed) */
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
                        sex?: "male" | "female";
                        birthDate?: string | null;
                        idType: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                        idNumber?: string | null;
                        phone?: string | null;
                        hukou: "registered" | "floating" | "other";
                        originVillageId?: string | null;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        placeId: string;
                        partyMember?: boolean;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            id: string;
                            name: string;
                            namePinyin: string;
                            sex: "male" | "female";
                            birthDate: string | null;
                            age: number | null;
                            idType: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                            idNumber: string | null;
                            phone: string | null;
                            unmasked: boolean;
                            hukou: "registered" | "floating" | "other";
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            placeId: string;
                            address: string;
                            partyMember: boolean;
                            status: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/persons/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find people I may see by name, pinyin, initials, or the last 4 of an ID or phone number */
        get: {
            parameters: {
                query: {
                    /** @description Name, pinyin (zhangsan), initials (zs), or the last 4 of an ID or phone */
                    q: string;
                    limit?: number;
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                                namePinyin: string;
                                sex: "male" | "female";
                                birthDate: string | null;
                                age: number | null;
                                idType: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                                idNumber: string | null;
                                phone: string | null;
                                unmasked: boolean;
                                hukou: "registered" | "floating" | "other";
                                originVillage: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                placeId: string;
                                address: string;
                                partyMember: boolean;
                                status: string;
                                version: number;
                            }[];
                            matchedBy: string[];
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
    "/api/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person; ?unmask=true shows ID number and phone in full (needs person.unmask; audited) */
        get: {
            parameters: {
                query?: {
                    /** @description Show ID number and phone in full (needs person.unmask; audited) */
                    unmask?: boolean;
                };
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            id: string;
                            name: string;
                            namePinyin: string;
                            sex: "male" | "female";
                            birthDate: string | null;
                            age: number | null;
                            idType: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                            idNumber: string | null;
                            phone: string | null;
                            unmasked: boolean;
                            hukou: "registered" | "floating" | "other";
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            placeId: string;
                            address: string;
                            partyMember: boolean;
                            status: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
        /** Correct a person (send the version you read) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Row version for optimistic concurrency */
                        version: number;
                        name?: string;
                        sex?: "male" | "female";
                        birthDate?: string | null;
                        idType?: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                        idNumber?: string | null;
                        phone?: string | null;
                        hukou?: "registered" | "floating" | "other";
                        originVillageId?: string | null;
                        partyMember?: boolean;
                        status?: "active" | "moved_away" | "deceased";
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
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            id: string;
                            name: string;
                            namePinyin: string;
                            sex: "male" | "female";
                            birthDate: string | null;
                            age: number | null;
                            idType: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                            idNumber: string | null;
                            phone: string | null;
                            unmasked: boolean;
                            hukou: "registered" | "floating" | "other";
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            placeId: string;
                            address: string;
                            partyMember: boolean;
                            status: string;
                            version: number;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/org/nodes/{id}/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People living under an org node, by pinyin, a page at a time */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                                namePinyin: string;
                                sex: "male" | "female";
                                birthDate: string | null;
                                age: number | null;
                                idType: "resident_id" | "hk_macau_permit" | "taiwan_permit" | "passport" | "foreign_permanent" | "none";
                                idNumber: string | null;
                                phone: string | null;
                                unmasked: boolean;
                                hukou: "registered" | "floating" | "other";
                                originVillage: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                placeId: string;
                                address: string;
                                partyMember: boolean;
                                status: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
                            };
                        };
                    };
                };
                /** @description Every error: a code from a closed set, a message in the caller's language, details */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                details: {
                                    [key: string]: unknown;
                                };
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
