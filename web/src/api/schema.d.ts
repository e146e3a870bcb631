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
                                    role: "admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre";
                                    scopeKind: "org" | "village";
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    scopeId: string;
                                    scopeName: string;
                                }[];
                                permissions: ("org.read" | "org.update" | "user.read" | "user.manage" | "audit.read" | "person.read" | "person.update" | "person.unmask" | "person.restricted.read" | "village.read" | "village.books.read" | "village.books.write" | "file.upload" | "request.read" | "request.file" | "request.handle" | "request.approve" | "request.configure")[];
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
                                    role: "admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre";
                                    scopeKind: "org" | "village";
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    scopeId: string;
                                    scopeName: string;
                                }[];
                                permissions: ("org.read" | "org.update" | "user.read" | "user.manage" | "audit.read" | "person.read" | "person.update" | "person.unmask" | "person.restricted.read" | "village.read" | "village.books.read" | "village.books.write" | "file.upload" | "request.read" | "request.file" | "request.handle" | "request.approve" | "request.configure")[];
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
                                role: "admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre";
                                scopeKind: "org" | "village";
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                scopeId: string;
                                scopeName: string;
                            }[];
                            permissions: ("org.read" | "org.update" | "user.read" | "user.manage" | "audit.read" | "person.read" | "person.update" | "person.unmask" | "person.restricted.read" | "village.read" | "village.books.read" | "village.books.write" | "file.upload" | "request.read" | "request.file" | "request.handle" | "request.approve" | "request.configure")[];
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
    "/api/v1/org/nodes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a child node (grid, building, unit, room …) with its place attributes */
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        parentId: string;
                        kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room";
                        code: string;
                        name: string;
                        address?: string | null;
                        lat?: number | null;
                        lng?: number | null;
                        floor?: number | null;
                        roomUse?: ("dwelling" | "shop") | null;
                        roomState?: ("occupied" | "vacant" | "rented" | "renovating") | null;
                        boundary?: {
                            type: "Polygon" | "MultiPolygon";
                            coordinates: (number | number[])[][][];
                        } | null;
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
                            parentId: string | null;
                            kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room";
                            code: string;
                            name: string;
                            depth: number;
                            version: number;
                            inScope: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            floor: number | null;
                            roomUse: ("dwelling" | "shop") | null;
                            roomState: ("occupied" | "vacant" | "rented" | "renovating") | null;
                            boundary: {
                                type: "Polygon" | "MultiPolygon";
                                coordinates: unknown[];
                            } | null;
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
                422: {
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
    "/api/v1/org/nodes/{id}/place": {
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
        /** Change a node's place attributes: a room's use and state, a grid's boundary, an address, a point (send the version you read) */
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
                        address?: string | null;
                        lat?: number | null;
                        lng?: number | null;
                        floor?: number | null;
                        roomUse?: ("dwelling" | "shop") | null;
                        roomState?: ("occupied" | "vacant" | "rented" | "renovating") | null;
                        boundary?: {
                            type: "Polygon" | "MultiPolygon";
                            coordinates: (number | number[])[][][];
                        } | null;
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
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            floor: number | null;
                            roomUse: ("dwelling" | "shop") | null;
                            roomState: ("occupied" | "vacant" | "rented" | "renovating") | null;
                            boundary: {
                                type: "Polygon" | "MultiPolygon";
                                coordinates: unknown[];
                            } | null;
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
                422: {
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
    "/api/v1/org/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a party organisation, self-governance body or committee department at a node (三融) */
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        nodeId: string;
                        kind: "party_committee" | "party_branch" | "party_group" | "residents_committee" | "building_council" | "department";
                        name?: string;
                        function?: "party_building" | "property" | "livelihood" | "governance" | "development";
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        parentUnitId?: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            nodeId: string;
                            parentUnitId: string | null;
                            kind: "party_committee" | "party_branch" | "party_group" | "residents_committee" | "building_council" | "department";
                            kindName: string;
                            network: "party" | "self_governance" | "department";
                            function: ("party_building" | "property" | "livelihood" | "governance" | "development") | null;
                            functionName: string | null;
                            name: string;
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
                422: {
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
    "/api/v1/org/nodes/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A node's bodies, or with subtree=true the fused tree below it (each node with its bodies) */
        get: {
            parameters: {
                query?: {
                    subtree?: boolean;
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
                                /** OrgNode */
                                node: {
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
                                units: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    nodeId: string;
                                    parentUnitId: string | null;
                                    kind: "party_committee" | "party_branch" | "party_group" | "residents_committee" | "building_council" | "department";
                                    kindName: string;
                                    network: "party" | "self_governance" | "department";
                                    function: ("party_building" | "property" | "livelihood" | "governance" | "development") | null;
                                    functionName: string | null;
                                    name: string;
                                    version: number;
                                }[];
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
    "/api/v1/org/units/{id}": {
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
        /** Rename a body of the fused network (send the version you read) */
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
                        name: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            nodeId: string;
                            parentUnitId: string | null;
                            kind: "party_committee" | "party_branch" | "party_group" | "residents_committee" | "building_council" | "department";
                            kindName: string;
                            network: "party" | "self_governance" | "department";
                            function: ("party_building" | "property" | "livelihood" | "governance" | "development") | null;
                            functionName: string | null;
                            name: string;
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
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a facility (service-centre room, street lamp, pipe, parking space …) at a node */
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        nodeId: string;
                        category: "service_hall" | "civilisation_practice" | "party_activity_room" | "consultation_room" | "recreation_room" | "elderly_day_care" | "reading_room" | "other_room" | "street_lamp" | "pipe_network" | "parking_space" | "ev_charger" | "fitness_equipment" | "waste_station" | "surveillance_camera" | "other";
                        code: string;
                        name: string;
                        state?: "in_service" | "faulty" | "retired";
                        location?: string | null;
                        lat?: number | null;
                        lng?: number | null;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            nodeId: string;
                            nodeName: string;
                            category: "service_hall" | "civilisation_practice" | "party_activity_room" | "consultation_room" | "recreation_room" | "elderly_day_care" | "reading_room" | "other_room" | "street_lamp" | "pipe_network" | "parking_space" | "ev_charger" | "fitness_equipment" | "waste_station" | "surveillance_camera" | "other";
                            categoryName: string;
                            group: string;
                            code: string;
                            name: string;
                            state: "in_service" | "faulty" | "retired";
                            stateName: string;
                            location: string | null;
                            lat: number | null;
                            lng: number | null;
                            version: number;
                            /** @description Epoch milliseconds (UTC) */
                            createdAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            updatedAt: number;
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
                422: {
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
    "/api/v1/facilities/{id}": {
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
        /** Change a facility's details or state (send the version you read; state changes are audited) */
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
                        category?: "service_hall" | "civilisation_practice" | "party_activity_room" | "consultation_room" | "recreation_room" | "elderly_day_care" | "reading_room" | "other_room" | "street_lamp" | "pipe_network" | "parking_space" | "ev_charger" | "fitness_equipment" | "waste_station" | "surveillance_camera" | "other";
                        code?: string;
                        name?: string;
                        state?: "in_service" | "faulty" | "retired";
                        location?: string | null;
                        lat?: number | null;
                        lng?: number | null;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            nodeId: string;
                            nodeName: string;
                            category: "service_hall" | "civilisation_practice" | "party_activity_room" | "consultation_room" | "recreation_room" | "elderly_day_care" | "reading_room" | "other_room" | "street_lamp" | "pipe_network" | "parking_space" | "ev_charger" | "fitness_equipment" | "waste_station" | "surveillance_camera" | "other";
                            categoryName: string;
                            group: string;
                            code: string;
                            name: string;
                            state: "in_service" | "faulty" | "retired";
                            stateName: string;
                            location: string | null;
                            lat: number | null;
                            lng: number | null;
                            version: number;
                            /** @description Epoch milliseconds (UTC) */
                            createdAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            updatedAt: number;
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
                422: {
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
    "/api/v1/org/nodes/{id}/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Facilities at a node and below, by code, filtered by category and state, a page at a time */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    category?: "service_hall" | "civilisation_practice" | "party_activity_room" | "consultation_room" | "recreation_room" | "elderly_day_care" | "reading_room" | "other_room" | "street_lamp" | "pipe_network" | "parking_space" | "ev_charger" | "fitness_equipment" | "waste_station" | "surveillance_camera" | "other";
                    state?: "in_service" | "faulty" | "retired";
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
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                nodeId: string;
                                nodeName: string;
                                category: "service_hall" | "civilisation_practice" | "party_activity_room" | "consultation_room" | "recreation_room" | "elderly_day_care" | "reading_room" | "other_room" | "street_lamp" | "pipe_network" | "parking_space" | "ev_charger" | "fitness_equipment" | "waste_station" | "surveillance_camera" | "other";
                                categoryName: string;
                                group: string;
                                code: string;
                                name: string;
                                state: "in_service" | "faulty" | "retired";
                                stateName: string;
                                location: string | null;
                                lat: number | null;
                                lng: number | null;
                                version: number;
                                /** @description Epoch milliseconds (UTC) */
                                createdAt: number;
                                /** @description Epoch milliseconds (UTC) */
                                updatedAt: number;
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
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a provider outside the community (property company, police station, utility …) serving an area */
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        areaNodeId: string;
                        kind: "property_company" | "police_station" | "market_supervision" | "water_utility" | "power_utility" | "gas_utility" | "other";
                        name: string;
                        contactName?: string | null;
                        phone?: string | null;
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
                            kind: "property_company" | "police_station" | "market_supervision" | "water_utility" | "power_utility" | "gas_utility" | "other";
                            kindName: string;
                            name: string;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            areaNodeId: string;
                            areaName: string;
                            contactName: string | null;
                            phone: string | null;
                            unmasked: boolean;
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
                422: {
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
    "/api/v1/org/nodes/{id}/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers serving a node (registered at it or at any node above it); phones masked unless unmask=true */
        get: {
            parameters: {
                query?: {
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                kind: "property_company" | "police_station" | "market_supervision" | "water_utility" | "power_utility" | "gas_utility" | "other";
                                kindName: string;
                                name: string;
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                areaNodeId: string;
                                areaName: string;
                                contactName: string | null;
                                phone: string | null;
                                unmasked: boolean;
                                version: number;
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
    "/api/v1/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a village (its own legal entity, with its collective economic organisation) in a street or park */
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        areaNodeId: string;
                        code: string;
                        name: string;
                        collectiveName?: string | null;
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
                            code: string;
                            name: string;
                            collectiveName: string | null;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            areaNodeId: string;
                            areaName: string;
                            communities: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            }[];
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
                422: {
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
    "/api/v1/villages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One village, with the communities that host its people */
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
                            code: string;
                            name: string;
                            collectiveName: string | null;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            areaNodeId: string;
                            areaName: string;
                            communities: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            }[];
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/org/nodes/{id}/villages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The villages whose people a community hosts, with how many of each live there */
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                code: string;
                                name: string;
                                collectiveName: string | null;
                                memberCount: number;
                                partyMemberCount: number;
                                /** @description Epoch milliseconds (UTC) */
                                linkedAt: number;
                            }[];
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
                422: {
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
        /** Record that a community hosts a village's people */
        post: {
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        villageId: string;
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
                            code: string;
                            name: string;
                            collectiveName: string | null;
                            memberCount: number;
                            partyMemberCount: number;
                            /** @description Epoch milliseconds (UTC) */
                            linkedAt: number;
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
                422: {
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
    "/api/v1/org/nodes/{id}/villages/{villageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End a community's hosting of a village (refused while people of that origin live there) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
                    /** @description UUIDv7 identifier */
                    villageId: string;
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
                422: {
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
                            household?: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                code: string;
                                relation: string;
                            } | null;
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
                                household?: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    code: string;
                                    relation: string;
                                } | null;
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
                            household?: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                code: string;
                                relation: string;
                            } | null;
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
                            household?: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                code: string;
                                relation: string;
                            } | null;
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
                                household?: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    code: string;
                                    relation: string;
                                } | null;
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
    "/api/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a household in a community (optionally in a room, moved in on a day, with a head) */
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        communityId: string;
                        /** @description 户号, unique in the community */
                        code: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        roomId?: string;
                        /** @description Calendar day YYYY-MM-DD */
                        movedInOn?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        headPersonId?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        originVillageId?: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One household: members (name, sex, age, relation), room and residence history */
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
        /** Re-code a household, change its head (a current member) or origin village */
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
                        /** @description 户号, unique in the community */
                        code?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        headPersonId?: string;
                        /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                        formerHeadRelation?: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                        originVillageId?: string | null;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
    "/api/v1/households/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a person to a household (they move with it from then on) */
        post: {
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        personId: string;
                        /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                        relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                        /** @description Calendar day YYYY-MM-DD */
                        joinedOn?: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
    "/api/v1/households/{id}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** A member leaves on leftOn (query string; the membership is closed, not deleted). The head leaves only with newHeadPersonId */
        delete: {
            parameters: {
                query: {
                    /** @description Row version for optimistic concurrency */
                    version: number;
                    /** @description Calendar day YYYY-MM-DD */
                    leftOn: string;
                    /** @description UUIDv7 identifier */
                    newHeadPersonId?: string;
                };
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
                    /** @description UUIDv7 identifier */
                    personId: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/move-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The household moves into a room on a day (its open residence closes that day) */
        post: {
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        roomId: string;
                        /** @description Calendar day YYYY-MM-DD */
                        date: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
    "/api/v1/households/{id}/move-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The household moves out of its room on a day */
        post: {
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
                        /** @description Calendar day YYYY-MM-DD */
                        date: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            code: string;
                            roomId: string | null;
                            roomAddress: string | null;
                            movedIn: boolean;
                            head: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                            } | null;
                            originVillage: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            members: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                name: string;
                                sex: "male" | "female";
                                age: number | null;
                                /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                joinedOn: string | null;
                            }[];
                            residences: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                roomId: string;
                                roomAddress: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                            }[];
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
                422: {
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
    "/api/v1/org/nodes/{id}/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households under an org node, by code, a page at a time */
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
                                code: string;
                                headName: string | null;
                                memberCount: number;
                                contact: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    personId: string;
                                    name: string;
                                    count: number;
                                } | null;
                                roomId: string | null;
                                roomAddress: string | null;
                                originVillageName: string | null;
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
                422: {
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
    "/api/v1/org/nodes/{id}/residents-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who lived in a room on a day (default today): the households and their members then */
        get: {
            parameters: {
                query?: {
                    /** @description Calendar day YYYY-MM-DD */
                    date?: string;
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
                            roomId: string;
                            roomAddress: string;
                            date: string;
                            households: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                householdId: string;
                                code: string;
                                movedInOn: string;
                                movedOutOn: string | null;
                                members: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    personId: string;
                                    name: string;
                                    sex: "male" | "female";
                                    age: number | null;
                                    /** @description Relation to the head: head 户主, spouse 配偶, child 子女, parent 父母, grandchild 孙子女, sibling 兄弟姐妹, other 其他 */
                                    relation: "head" | "spouse" | "child" | "parent" | "grandchild" | "sibling" | "other";
                                }[];
                            }[];
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
                422: {
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
    "/api/v1/org/nodes/{id}/moved-in-share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of households moved in on a day (default today), for a community (with its grids) or a grid */
        get: {
            parameters: {
                query?: {
                    /** @description Calendar day YYYY-MM-DD */
                    date?: string;
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
                            nodeId: string;
                            kind: "community" | "grid";
                            date: string;
                            movedIn: number;
                            households: number;
                            share: number;
                            grids: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                gridId: string;
                                name: string;
                                movedIn: number;
                                households: number;
                                share: number;
                            }[];
                            withoutGrid: number;
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
                422: {
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
    "/api/v1/persons/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's tags; restricted ones only for holders of person.restricted.read (the read is audited) */
        get: {
            parameters: {
                query?: {
                    /** @description Also ended tags (default: open ones only) */
                    includeEnded?: boolean;
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
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                personId: string;
                                /** @description Care tags anyone with person.update may add; restricted ones need person.restricted.read */
                                tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed" | "community_correction" | "released_prisoner" | "severe_mental_illness" | "drug_rehabilitation";
                                tagZh: string;
                                restricted: boolean;
                                responsible: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                sinceOn: string | null;
                                untilOn: string | null;
                                note: string | null;
                                version: number;
                            }[];
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
        /** Tag a person (care tags need person.update; restricted tags also person.restricted.read) */
        post: {
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
                        /** @description Care tags anyone with person.update may add; restricted ones need person.restricted.read */
                        tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed" | "community_correction" | "released_prisoner" | "severe_mental_illness" | "drug_rehabilitation";
                        responsiblePersonId?: string | null;
                        /**
                         * Format: date
                         * @description Calendar day YYYY-MM-DD
                         */
                        sinceOn?: string;
                        note?: string | null;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            personId: string;
                            /** @description Care tags anyone with person.update may add; restricted ones need person.restricted.read */
                            tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed" | "community_correction" | "released_prisoner" | "severe_mental_illness" | "drug_rehabilitation";
                            tagZh: string;
                            restricted: boolean;
                            responsible: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            sinceOn: string | null;
                            untilOn: string | null;
                            note: string | null;
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
    "/api/v1/person-tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tag (a restricted one is "not found or no access" without the permission) */
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            personId: string;
                            /** @description Care tags anyone with person.update may add; restricted ones need person.restricted.read */
                            tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed" | "community_correction" | "released_prisoner" | "severe_mental_illness" | "drug_rehabilitation";
                            tagZh: string;
                            restricted: boolean;
                            responsible: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            sinceOn: string | null;
                            untilOn: string | null;
                            note: string | null;
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/person-tags/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a tag on a day (send the version you read) */
        post: {
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
                        /**
                         * Format: date
                         * @description Calendar day YYYY-MM-DD
                         */
                        untilOn: string;
                        /** @description Row version for optimistic concurrency */
                        version: number;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            personId: string;
                            /** @description Care tags anyone with person.update may add; restricted ones need person.restricted.read */
                            tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed" | "community_correction" | "released_prisoner" | "severe_mental_illness" | "drug_rehabilitation";
                            tagZh: string;
                            restricted: boolean;
                            responsible: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            sinceOn: string | null;
                            untilOn: string | null;
                            note: string | null;
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
    "/api/v1/org/nodes/{id}/tagged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Persons living under a node with an open care tag (e.g. ?tag=elderly_alone), by name */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    cursor?: string;
                    /** @description Restricted tags are listed per person only, never by node */
                    tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed";
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
                                tagId: string;
                                /** @description Care tags anyone with person.update may add; restricted ones need person.restricted.read */
                                tag: "elderly_alone" | "very_old" | "disabled" | "low_income" | "extreme_hardship" | "veteran" | "left_behind_child" | "unemployed" | "community_correction" | "released_prisoner" | "severe_mental_illness" | "drug_rehabilitation";
                                tagZh: string;
                                sinceOn: string | null;
                                note: string | null;
                                person: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                    sex: "male" | "female";
                                    birthDate: string | null;
                                    placeName: string | null;
                                };
                                responsible: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
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
    "/api/v1/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint a person to a post at a node or a village (user.manage there); with userId, the post's role is granted to that account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Send exactly one of nodeId and villageId */
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        personId: string;
                        /** @description Post types, where each may sit and the role each grants: see post.domain.ts */
                        postType: "street_leader" | "community_party_secretary" | "community_staff" | "red_proxy" | "red_butler" | "grid_branch_secretary" | "grid_worker" | "building_party_group_leader" | "building_leader" | "party_member" | "village_party_secretary" | "village_accountant";
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        nodeId?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        villageId?: string;
                        title?: string;
                        duties?: string[];
                        /**
                         * Format: date
                         * @description Calendar day YYYY-MM-DD
                         */
                        startedOn?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        userId?: string;
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
                            person: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            };
                            /** @description Post types, where each may sit and the role each grants: see post.domain.ts */
                            postType: "street_leader" | "community_party_secretary" | "community_staff" | "red_proxy" | "red_butler" | "grid_branch_secretary" | "grid_worker" | "building_party_group_leader" | "building_leader" | "party_member" | "village_party_secretary" | "village_accountant";
                            postTypeZh: string;
                            place: {
                                kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room" | "village";
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            };
                            title: string;
                            duties: string[];
                            role: ("admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre") | null;
                            userId: string | null;
                            granted: boolean;
                            startedOn: string | null;
                            endedOn: string | null;
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
    "/api/v1/posts/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a post (send the version you read); removes only the grant this post gave */
        post: {
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
                        /**
                         * Format: date
                         * @description Calendar day YYYY-MM-DD
                         */
                        endedOn?: string;
                        /** @description Row version for optimistic concurrency */
                        version: number;
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
                            person: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            };
                            /** @description Post types, where each may sit and the role each grants: see post.domain.ts */
                            postType: "street_leader" | "community_party_secretary" | "community_staff" | "red_proxy" | "red_butler" | "grid_branch_secretary" | "grid_worker" | "building_party_group_leader" | "building_leader" | "party_member" | "village_party_secretary" | "village_accountant";
                            postTypeZh: string;
                            place: {
                                kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room" | "village";
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            };
                            title: string;
                            duties: string[];
                            role: ("admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre") | null;
                            userId: string | null;
                            granted: boolean;
                            startedOn: string | null;
                            endedOn: string | null;
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
    "/api/v1/persons/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's posts (open ones unless includeEnded=true) */
        get: {
            parameters: {
                query?: {
                    /** @description Also ended posts (default: open ones only) */
                    includeEnded?: boolean;
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
                                person: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                                /** @description Post types, where each may sit and the role each grants: see post.domain.ts */
                                postType: "street_leader" | "community_party_secretary" | "community_staff" | "red_proxy" | "red_butler" | "grid_branch_secretary" | "grid_worker" | "building_party_group_leader" | "building_leader" | "party_member" | "village_party_secretary" | "village_accountant";
                                postTypeZh: string;
                                place: {
                                    kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room" | "village";
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                                title: string;
                                duties: string[];
                                role: ("admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre") | null;
                                userId: string | null;
                                granted: boolean;
                                startedOn: string | null;
                                endedOn: string | null;
                                version: number;
                            }[];
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
    "/api/v1/org/nodes/{id}/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cross-appointment table: everyone with an open post under a node, by name, each with all their open posts */
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
                                person: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                                posts: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    person: {
                                        /**
                                         * Format: uuid
                                         * @description UUIDv7 identifier
                                         */
                                        id: string;
                                        name: string;
                                    };
                                    /** @description Post types, where each may sit and the role each grants: see post.domain.ts */
                                    postType: "street_leader" | "community_party_secretary" | "community_staff" | "red_proxy" | "red_butler" | "grid_branch_secretary" | "grid_worker" | "building_party_group_leader" | "building_leader" | "party_member" | "village_party_secretary" | "village_accountant";
                                    postTypeZh: string;
                                    place: {
                                        kind: "district" | "street" | "park" | "community" | "grid" | "building" | "unit" | "room" | "village";
                                        /**
                                         * Format: uuid
                                         * @description UUIDv7 identifier
                                         */
                                        id: string;
                                        name: string;
                                    };
                                    title: string;
                                    duties: string[];
                                    role: ("admin" | "street_leader" | "community_secretary" | "community_staff" | "grid_worker" | "building_leader" | "party_member" | "village_accountant" | "auditor" | "red_proxy" | "red_butler" | "village_cadre") | null;
                                    userId: string | null;
                                    granted: boolean;
                                    startedOn: string | null;
                                    endedOn: string | null;
                                    version: number;
                                }[];
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
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 1+5+10: link a building leader to a party member, or a party member to a household (person.update where the link lives) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description leader_member: building leader → party member (send toPersonId); member_household: party member → household (send toHouseholdId) */
            requestBody: {
                content: {
                    "application/json": {
                        kind: "leader_member" | "member_household";
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        fromPersonId: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        toPersonId?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        toHouseholdId?: string;
                        /**
                         * Format: date
                         * @description Calendar day YYYY-MM-DD
                         */
                        sinceOn?: string;
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
                            kind: "leader_member" | "member_household";
                            kindZh: string;
                            from: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            };
                            toPerson: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            toHousehold: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                code: string;
                                address: string | null;
                                headName: string | null;
                            } | null;
                            sinceOn: string | null;
                            untilOn: string | null;
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
    "/api/v1/contacts/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a 1+5+10 link (untilOn defaults to today) */
        post: {
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
                        /**
                         * Format: date
                         * @description Calendar day YYYY-MM-DD
                         */
                        untilOn?: string;
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
                            kind: "leader_member" | "member_household";
                            kindZh: string;
                            from: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            };
                            toPerson: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            toHousehold: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                code: string;
                                address: string | null;
                                headName: string | null;
                            } | null;
                            sinceOn: string | null;
                            untilOn: string | null;
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
    "/api/v1/persons/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person's open 1+5+10 links, both ways */
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                kind: "leader_member" | "member_household";
                                kindZh: string;
                                from: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                                toPerson: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                toHousehold: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    code: string;
                                    address: string | null;
                                    headName: string | null;
                                } | null;
                                sinceOn: string | null;
                                untilOn: string | null;
                            }[];
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
    "/api/v1/org/nodes/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 1+5+10 coverage totals of a node. The lists behind them: …/coverage/uncovered-households, …/coverage/members-off-ten, …/coverage/leaders-off-five */
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
                            node: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                kind: string;
                                name: string;
                            };
                            households: {
                                total: number;
                                covered: number;
                                uncovered: number;
                                share: string | null;
                            };
                            members: {
                                total: number;
                                onTarget: number;
                                offTarget: number;
                                target: number;
                            };
                            leaders: {
                                total: number;
                                onTarget: number;
                                offTarget: number;
                                target: number;
                            };
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
    "/api/v1/org/nodes/{id}/coverage/uncovered-households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households under a node with no open link from a party member, by code */
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
                                code: string;
                                address: string | null;
                                headName: string | null;
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
    "/api/v1/org/nodes/{id}/coverage/members-off-ten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Party members living under a node linked to more or fewer than 10 households, by name */
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
                                person: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                                links: number;
                                target: number;
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
    "/api/v1/org/nodes/{id}/coverage/leaders-off-five": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Building leaders under a node linked to more or fewer than 5 party members, by name */
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
                                person: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                                links: number;
                                target: number;
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
    "/api/v1/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The Excel template (Chinese): a 说明 sheet, then 房屋, 人员, 岗位 and 联系户 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
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
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a registry workbook (multipart: file, community, mode = all_or_nothing | good_rows); it is checked and written by a job */
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
                202: {
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
                            kind: string;
                            mode: "all_or_nothing" | "good_rows";
                            status: "queued" | "running" | "done" | "rejected" | "failed";
                            fileName: string;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            createdBy: string;
                            /** @description Epoch milliseconds (UTC) */
                            createdAt: number;
                            finishedAt: number | null;
                            totalRows: number;
                            processedRows: number;
                            goodRows: number;
                            badRows: number;
                            progress: number;
                            errorCount: number;
                            counts: {
                                [key: string]: {
                                    created: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            } | null;
                            timings: {
                                parseMs: number;
                                checkMs: number;
                                writeMs: number;
                            } | null;
                            sheets: {
                                [key: string]: {
                                    total: number;
                                    bad: number;
                                };
                            };
                            failure: string | null;
                            errorsTruncated: boolean;
                            errors: {
                                items: {
                                    /** @description 房屋 | 人员 | 岗位 | 联系户 */
                                    sheet: string;
                                    /** @description Row number as Excel shows it */
                                    row: number;
                                    column: string | null;
                                    value: string | null;
                                    reasonZh: string;
                                    reasonEn: string;
                                }[];
                                nextCursor: string | null;
                            };
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
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, progress, counts, and its problems a page at a time */
        get: {
            parameters: {
                query?: {
                    errorsLimit?: number;
                    errorsCursor?: string;
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
                            kind: string;
                            mode: "all_or_nothing" | "good_rows";
                            status: "queued" | "running" | "done" | "rejected" | "failed";
                            fileName: string;
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            communityId: string;
                            createdBy: string;
                            /** @description Epoch milliseconds (UTC) */
                            createdAt: number;
                            finishedAt: number | null;
                            totalRows: number;
                            processedRows: number;
                            goodRows: number;
                            badRows: number;
                            progress: number;
                            errorCount: number;
                            counts: {
                                [key: string]: {
                                    created: number;
                                    updated: number;
                                    unchanged: number;
                                };
                            } | null;
                            timings: {
                                parseMs: number;
                                checkMs: number;
                                writeMs: number;
                            } | null;
                            sheets: {
                                [key: string]: {
                                    total: number;
                                    bad: number;
                                };
                            };
                            failure: string | null;
                            errorsTruncated: boolean;
                            errors: {
                                items: {
                                    /** @description 房屋 | 人员 | 岗位 | 联系户 */
                                    sheet: string;
                                    /** @description Row number as Excel shows it */
                                    row: number;
                                    column: string | null;
                                    value: string | null;
                                    reasonZh: string;
                                    reasonEn: string;
                                }[];
                                nextCursor: string | null;
                            };
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
    "/api/v1/imports/{id}/errors.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bad rows as uploaded with a 错误原因 column, to fix and upload again (audited) */
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
    "/api/v1/org/nodes/{id}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent imports into an org node, newest first */
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
                                kind: string;
                                mode: "all_or_nothing" | "good_rows";
                                status: "queued" | "running" | "done" | "rejected" | "failed";
                                fileName: string;
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                communityId: string;
                                createdBy: string;
                                /** @description Epoch milliseconds (UTC) */
                                createdAt: number;
                                finishedAt: number | null;
                                totalRows: number;
                                processedRows: number;
                                goodRows: number;
                                badRows: number;
                                progress: number;
                                errorCount: number;
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
    "/api/v1/org/nodes/{id}/export/persons.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people under a node as .xlsx in the template layout (masked; ?unmask=true needs person.unmask, audited) */
        get: {
            parameters: {
                query?: {
                    /** @description ID numbers and phones in full (needs person.unmask; audited with the row count) */
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
    "/api/v1/org/nodes/{id}/export/households.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rooms (房屋 layout) and households under a node as .xlsx (masked unless ?unmask=true, audited) */
        get: {
            parameters: {
                query?: {
                    /** @description ID numbers and phones in full (needs person.unmask; audited with the row count) */
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
    "/api/v1/request-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The category tree of residents’ requests (each names its function and SLA rule) */
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
                            items: {
                                code: string;
                                parentCode: string | null;
                                nameZh: string;
                                nameEn: string;
                                function: string;
                                slaRule: string;
                                public: boolean;
                            }[];
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
    "/api/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inboxes: mine, everything in my scope, overdue, nearly due, whistled, filed by me — newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description default scope: everything where I work */
                    box?: "mine" | "scope" | "overdue" | "nearly_due" | "whistled" | "filed_by_me" | "summoned";
                    status?: "open" | "closed" | "all";
                    level?: "grid" | "community" | "street";
                    state?: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                    /** @description Category code, e.g. facilities.water */
                    categoryCode?: string;
                    /** @description 2026-000123 */
                    number?: string;
                    /** @description UUIDv7 identifier */
                    nodeId?: string;
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
                                number: string;
                                title: string;
                                categoryZh: string;
                                categoryEn: string;
                                /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                                requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                                urgency: "normal" | "urgent";
                                state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                                stateZh: string;
                                level: "grid" | "community" | "street";
                                address: string | null;
                                /** @description Epoch milliseconds (UTC) */
                                reportedAt: number;
                                /** @description Epoch milliseconds (UTC) */
                                dueAt: number;
                                overdue: boolean;
                                whistled: boolean;
                                assigneeName: string | null;
                                village: string | null;
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
        /** File a request (patrol, visit, walk-in, phone, party member). Open items of the same category at the same place are returned as duplicates unless confirmNotDuplicate */
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
                        /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                        requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                        /** @description Category code, e.g. facilities.water */
                        categoryCode: string;
                        urgency?: "normal" | "urgent";
                        /** @description How it reached us (码上说 and Open311 have their own routes) */
                        channel: "patrol" | "visit" | "walk_in" | "phone" | "party_member";
                        title?: string;
                        description: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        nodeId?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        reporterPersonId?: string;
                        reporterName?: string;
                        reporterPhone?: string;
                        photos?: string[];
                        confirmNotDuplicate?: boolean;
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
                            item: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                number: string;
                                kind: string;
                                /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                                requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                                category: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                urgency: "normal" | "urgent";
                                channel: "patrol" | "visit" | "walk_in" | "phone" | "party_member" | "qr" | "open311";
                                title: string;
                                description: string;
                                place: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    nodeId: string;
                                    name: string;
                                    address: string | null;
                                    grid: {
                                        /**
                                         * Format: uuid
                                         * @description UUIDv7 identifier
                                         */
                                        id: string;
                                        name: string;
                                    } | null;
                                    community: {
                                        /**
                                         * Format: uuid
                                         * @description UUIDv7 identifier
                                         */
                                        id: string;
                                        name: string;
                                    };
                                };
                                level: "grid" | "community" | "street";
                                village: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                function: string;
                                stage: number;
                                state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                                stateZh: string;
                                open: boolean;
                                pendingApproval: ("extension" | "park") | null;
                                assignee: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                reporter: {
                                    personId: string | null;
                                    name: string | null;
                                    phone: string | null;
                                };
                                /** @description Epoch milliseconds (UTC) */
                                reportedAt: number;
                                /** @description Epoch milliseconds (UTC) */
                                respondDueAt: number;
                                /** @description Epoch milliseconds (UTC) */
                                dueAt: number;
                                overdue: boolean;
                                respondedAt: number | null;
                                resolvedAt: number | null;
                                outcome: ("solved" | "explained" | "unsolvable") | null;
                                closedAt: number | null;
                                ratedAt: number | null;
                                satisfaction: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                                reopenCount: number;
                                extensionDays: number;
                                whistled: boolean;
                                mergedIntoId: string | null;
                                version: number;
                                actions: ("verify" | "cancel" | "dispatch" | "accept" | "start" | "resolve" | "return" | "transfer" | "escalate" | "request_extension" | "approve_extension" | "reject_extension" | "request_park" | "approve_park" | "reject_park" | "unpark" | "close" | "reject_resolution" | "rate" | "reopen" | "merge" | "comment")[];
                                canWhistle: boolean;
                                files: {
                                    fileId: string;
                                    stage: string;
                                    mime: string;
                                    size: number;
                                }[];
                            } | null;
                            duplicates: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                number: string;
                                title: string;
                                state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                                /** @description Epoch milliseconds (UTC) */
                                reportedAt: number;
                            }[];
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
    "/api/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One item, with the actions the caller may take now */
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
                            number: string;
                            kind: string;
                            /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                            requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                            category: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            };
                            urgency: "normal" | "urgent";
                            channel: "patrol" | "visit" | "walk_in" | "phone" | "party_member" | "qr" | "open311";
                            title: string;
                            description: string;
                            place: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                nodeId: string;
                                name: string;
                                address: string | null;
                                grid: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                community: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                            };
                            level: "grid" | "community" | "street";
                            village: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            function: string;
                            stage: number;
                            state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                            stateZh: string;
                            open: boolean;
                            pendingApproval: ("extension" | "park") | null;
                            assignee: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            reporter: {
                                personId: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** @description Epoch milliseconds (UTC) */
                            reportedAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            respondDueAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            dueAt: number;
                            overdue: boolean;
                            respondedAt: number | null;
                            resolvedAt: number | null;
                            outcome: ("solved" | "explained" | "unsolvable") | null;
                            closedAt: number | null;
                            ratedAt: number | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            reopenCount: number;
                            extensionDays: number;
                            whistled: boolean;
                            mergedIntoId: string | null;
                            version: number;
                            actions: ("verify" | "cancel" | "dispatch" | "accept" | "start" | "resolve" | "return" | "transfer" | "escalate" | "request_extension" | "approve_extension" | "reject_extension" | "request_park" | "approve_park" | "reject_park" | "unpark" | "close" | "reject_resolution" | "rate" | "reopen" | "merge" | "comment")[];
                            canWhistle: boolean;
                            files: {
                                fileId: string;
                                stage: string;
                                mime: string;
                                size: number;
                            }[];
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
    "/api/v1/requests/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every step of the item: who, when, from/to state and level, note, photos */
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                action: string;
                                actionZh: string;
                                fromState: string | null;
                                toState: string;
                                fromLevel: string | null;
                                toLevel: string;
                                actor: string;
                                via: string;
                                note: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                /** @description Epoch milliseconds (UTC) */
                                at: number;
                                files: string[];
                            }[];
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
    "/api/v1/requests/{id}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A photo attached to the item (at intake, at a step or at resolution), for the item's readers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description UUIDv7 identifier */
                    id: string;
                    fileId: string;
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
    "/api/v1/requests/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a step (verify, dispatch, accept, resolve, escalate, close, rate, reopen …); send the version you read — a stale one answers 409 */
        post: {
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
                        action: "verify" | "cancel" | "dispatch" | "accept" | "start" | "resolve" | "return" | "transfer" | "escalate" | "request_extension" | "approve_extension" | "reject_extension" | "request_park" | "approve_park" | "reject_park" | "unpark" | "close" | "reject_resolution" | "rate" | "reopen" | "merge" | "comment";
                        /** @description Row version for optimistic concurrency */
                        version: number;
                        note?: string;
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        assigneeUserId?: string;
                        reason?: "invalid" | "duplicate" | "withdrawn";
                        outcome?: "solved" | "explained" | "unsolvable";
                        days?: number;
                        satisfaction?: "satisfied" | "basically_satisfied" | "dissatisfied";
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        targetItemId?: string;
                        photos?: string[];
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
                            number: string;
                            kind: string;
                            /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                            requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                            category: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            };
                            urgency: "normal" | "urgent";
                            channel: "patrol" | "visit" | "walk_in" | "phone" | "party_member" | "qr" | "open311";
                            title: string;
                            description: string;
                            place: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                nodeId: string;
                                name: string;
                                address: string | null;
                                grid: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                community: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                            };
                            level: "grid" | "community" | "street";
                            village: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            function: string;
                            stage: number;
                            state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                            stateZh: string;
                            open: boolean;
                            pendingApproval: ("extension" | "park") | null;
                            assignee: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            reporter: {
                                personId: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** @description Epoch milliseconds (UTC) */
                            reportedAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            respondDueAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            dueAt: number;
                            overdue: boolean;
                            respondedAt: number | null;
                            resolvedAt: number | null;
                            outcome: ("solved" | "explained" | "unsolvable") | null;
                            closedAt: number | null;
                            ratedAt: number | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            reopenCount: number;
                            extensionDays: number;
                            whistled: boolean;
                            mergedIntoId: string | null;
                            version: number;
                            actions: ("verify" | "cancel" | "dispatch" | "accept" | "start" | "resolve" | "return" | "transfer" | "escalate" | "request_extension" | "approve_extension" | "reject_extension" | "request_park" | "approve_park" | "reject_park" | "unpark" | "close" | "reject_resolution" | "rate" | "reopen" | "merge" | "comment")[];
                            canWhistle: boolean;
                            files: {
                                fileId: string;
                                stage: string;
                                mime: string;
                                size: number;
                            }[];
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
    "/api/v1/requests/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom a handler may dispatch the item to: themselves, handlers where it sits, staff of summoned providers */
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                userId: string;
                                name: string;
                                kind: "self" | "handler" | "summoned";
                                detail: string;
                            }[];
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
    "/api/v1/requests/{id}/public-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set (or withdraw, with null) the moderated text public feeds such as Open311 may show */
        put: {
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
                        text: string | null;
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
                            number: string;
                            kind: string;
                            /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                            requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                            category: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            };
                            urgency: "normal" | "urgent";
                            channel: "patrol" | "visit" | "walk_in" | "phone" | "party_member" | "qr" | "open311";
                            title: string;
                            description: string;
                            place: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                nodeId: string;
                                name: string;
                                address: string | null;
                                grid: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                } | null;
                                community: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                };
                            };
                            level: "grid" | "community" | "street";
                            village: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            function: string;
                            stage: number;
                            state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                            stateZh: string;
                            open: boolean;
                            pendingApproval: ("extension" | "park") | null;
                            assignee: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                            } | null;
                            reporter: {
                                personId: string | null;
                                name: string | null;
                                phone: string | null;
                            };
                            /** @description Epoch milliseconds (UTC) */
                            reportedAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            respondDueAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            dueAt: number;
                            overdue: boolean;
                            respondedAt: number | null;
                            resolvedAt: number | null;
                            outcome: ("solved" | "explained" | "unsolvable") | null;
                            closedAt: number | null;
                            ratedAt: number | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            reopenCount: number;
                            extensionDays: number;
                            whistled: boolean;
                            mergedIntoId: string | null;
                            version: number;
                            actions: ("verify" | "cancel" | "dispatch" | "accept" | "start" | "resolve" | "return" | "transfer" | "escalate" | "request_extension" | "approve_extension" | "reject_extension" | "request_park" | "approve_park" | "reject_park" | "unpark" | "close" | "reject_resolution" | "rate" | "reopen" | "merge" | "comment")[];
                            canWhistle: boolean;
                            files: {
                                fileId: string;
                                stage: string;
                                mime: string;
                                size: number;
                            }[];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/whistles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An item's whistles and each summoned party's report and evaluation */
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                itemId: string;
                                level: string;
                                note: string;
                                /** @description Epoch milliseconds (UTC) */
                                blownAt: number;
                                /** @description Epoch milliseconds (UTC) */
                                reportBy: number;
                                parties: {
                                    /**
                                     * Format: uuid
                                     * @description UUIDv7 identifier
                                     */
                                    id: string;
                                    name: string;
                                    kind: "provider" | "person";
                                    providerId: string | null;
                                    personId: string | null;
                                    reportedAt: number | null;
                                    late: boolean;
                                    contribution: string | null;
                                    score: number | null;
                                    evaluation: string | null;
                                    version: number;
                                }[];
                            }[];
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
        /** Blow the whistle (吹哨): summon providers and party members to report within a deadline */
        post: {
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
                        note: string;
                        reportWithinMinutes?: number;
                        providerIds?: string[];
                        personIds?: string[];
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            itemId: string;
                            level: string;
                            note: string;
                            /** @description Epoch milliseconds (UTC) */
                            blownAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            reportBy: number;
                            parties: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                                kind: "provider" | "person";
                                providerId: string | null;
                                personId: string | null;
                                reportedAt: number | null;
                                late: boolean;
                                contribution: string | null;
                                score: number | null;
                                evaluation: string | null;
                                version: number;
                            }[];
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
    "/api/v1/whistle-parties/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report (报到) as a summoned party, with what you contribute */
        post: {
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
                        contribution: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            itemId: string;
                            level: string;
                            note: string;
                            /** @description Epoch milliseconds (UTC) */
                            blownAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            reportBy: number;
                            parties: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                                kind: "provider" | "person";
                                providerId: string | null;
                                personId: string | null;
                                reportedAt: number | null;
                                late: boolean;
                                contribution: string | null;
                                score: number | null;
                                evaluation: string | null;
                                version: number;
                            }[];
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
    "/api/v1/whistle-parties/{id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Evaluate a party that reported (1–5) */
        post: {
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
                        score: number;
                        evaluation?: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            itemId: string;
                            level: string;
                            note: string;
                            /** @description Epoch milliseconds (UTC) */
                            blownAt: number;
                            /** @description Epoch milliseconds (UTC) */
                            reportBy: number;
                            parties: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                name: string;
                                kind: "provider" | "person";
                                providerId: string | null;
                                personId: string | null;
                                reportedAt: number | null;
                                late: boolean;
                                contribution: string | null;
                                score: number | null;
                                evaluation: string | null;
                                version: number;
                            }[];
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
    "/api/v1/communities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A community's stage (三步走), its villages' stages, the share moved in, and the function → owner matrix */
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
                            communityId: string;
                            stage: number;
                            stageZh: string;
                            version: number;
                            villages: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                villageId: string;
                                name: string;
                                stage: number;
                            }[];
                            movedIn: number;
                            households: number;
                            movedInPercent: number | null;
                            matrix: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
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
    "/api/v1/communities/{id}/stage/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advance the community one stage (needs request.configure and enough households moved in) */
        post: {
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
                        to: number;
                        version: number;
                        note: string;
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
                            communityId: string;
                            stage: number;
                            stageZh: string;
                            version: number;
                            villages: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                villageId: string;
                                name: string;
                                stage: number;
                            }[];
                            movedIn: number;
                            households: number;
                            movedInPercent: number | null;
                            matrix: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
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
    "/api/v1/communities/{id}/village-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a hosted village's own stage (villages move in at different times) */
        post: {
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
                        /**
                         * Format: uuid
                         * @description UUIDv7 identifier
                         */
                        villageId: string;
                        stage: number;
                        note: string;
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
                            communityId: string;
                            stage: number;
                            stageZh: string;
                            version: number;
                            villages: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                villageId: string;
                                name: string;
                                stage: number;
                            }[];
                            movedIn: number;
                            households: number;
                            movedInPercent: number | null;
                            matrix: {
                                [key: string]: {
                                    [key: string]: string;
                                };
                            };
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
    "/api/v1/public/buildings/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 码上说: the building behind a poster’s code — its names, address and the categories to choose from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The building code on the poster */
                    code: string;
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
                            code: string;
                            name: string;
                            communityName: string;
                            address: string | null;
                            categories: {
                                code: string;
                                parentCode: string | null;
                                nameZh: string;
                                nameEn: string;
                            }[];
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
    "/api/v1/public/buildings/{code}/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 码上说: file a report for the building, no sign-in. Answers the number to read out and a token for the follow-up page */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The building code on the poster */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                        requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                        /** @description Category code, e.g. facilities.water */
                        categoryCode: string;
                        description: string;
                        name?: string;
                        phone?: string;
                        photos?: string[];
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
                            number: string;
                            feedbackToken: string;
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
    "/api/v1/public/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 码上说: upload one photo for the form (multipart/form-data, one part named "file"; images only) */
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
    "/api/v1/public/feedback/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 码上说: the resident’s follow-up page — state, the steps and their times, the outcome, whether it can be rated */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @description 2026-000123 */
                            number: string;
                            category: {
                                nameZh: string;
                                nameEn: string;
                            };
                            /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                            requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                            description: string;
                            building: string;
                            communityName: string;
                            state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                            stateZh: string;
                            /** @description Epoch milliseconds (UTC) */
                            reportedAt: number;
                            steps: {
                                action: string;
                                actionZh: string;
                                /** @description Epoch milliseconds (UTC) */
                                at: number;
                            }[];
                            outcome: ("solved" | "explained" | "unsolvable") | null;
                            outcomeZh: string | null;
                            resolutionNote: string | null;
                            closedAt: number | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            ratedAt: number | null;
                            canRate: boolean;
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
    "/api/v1/public/feedback/{token}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 码上说: the resident rates a closed item (回访); notFixed reopens it with the comment as the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        satisfaction: "satisfied" | "basically_satisfied" | "dissatisfied";
                        comment?: string;
                        notFixed?: boolean;
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
                            /** @description 2026-000123 */
                            number: string;
                            category: {
                                nameZh: string;
                                nameEn: string;
                            };
                            /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                            requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                            description: string;
                            building: string;
                            communityName: string;
                            state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                            stateZh: string;
                            /** @description Epoch milliseconds (UTC) */
                            reportedAt: number;
                            steps: {
                                action: string;
                                actionZh: string;
                                /** @description Epoch milliseconds (UTC) */
                                at: number;
                            }[];
                            outcome: ("solved" | "explained" | "unsolvable") | null;
                            outcomeZh: string | null;
                            resolutionNote: string | null;
                            closedAt: number | null;
                            satisfaction: ("satisfied" | "basically_satisfied" | "dissatisfied") | null;
                            ratedAt: number | null;
                            canRate: boolean;
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
    "/api/v1/buildings/{id}/qr.png": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The building’s 码上说 QR code (PNG), encoding the public form’s address */
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
    "/api/v1/buildings/{id}/poster.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The building’s 码上说 poster: A4, Chinese, with its QR code (PDF) */
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
    "/api/v1/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Counts and rates of residents’ requests for a node and period (from the daily rows), the overdue count, and the definitions */
        get: {
            parameters: {
                query: {
                    /** @description UUIDv7 identifier */
                    nodeId: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to: string;
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
                            /**
                             * Format: uuid
                             * @description UUIDv7 identifier
                             */
                            nodeId: string;
                            nodeName: string;
                            from: string;
                            to: string;
                            version: number;
                            counts: {
                                [key: string]: number;
                            };
                            rates: {
                                [key: string]: number | null;
                            };
                            overdue: number;
                            definitions: {
                                name: string;
                                zh: string;
                                en: string;
                                on: string | null;
                                definition: string;
                            }[];
                            byMonth: {
                                month: string;
                                collected: number;
                                closed: number;
                            }[];
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
    "/api/v1/figures/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The items behind a count (drill-down), newest first */
        get: {
            parameters: {
                query: {
                    /** @description UUIDv7 identifier */
                    nodeId: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from: string;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to: string;
                    count: "collected" | "responded_on_time" | "closed" | "resolved" | "closed_on_time" | "settled_grid" | "settled_community" | "settled_street" | "rated" | "satisfied" | "basically_satisfied" | "dissatisfied" | "overdue";
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
                            items: {
                                /**
                                 * Format: uuid
                                 * @description UUIDv7 identifier
                                 */
                                id: string;
                                number: string;
                                title: string;
                                categoryZh: string;
                                categoryEn: string;
                                /** @description enquiry 咨询, help 求助, complaint 投诉, report 举报, suggestion 建议, repair 报修 */
                                requestType: "enquiry" | "help" | "complaint" | "report" | "suggestion" | "repair";
                                urgency: "normal" | "urgent";
                                state: "reported" | "verified" | "dispatched" | "accepted" | "in_progress" | "parked" | "resolved" | "closed" | "rated" | "cancelled";
                                stateZh: string;
                                level: "grid" | "community" | "street";
                                address: string | null;
                                /** @description Epoch milliseconds (UTC) */
                                reportedAt: number;
                                /** @description Epoch milliseconds (UTC) */
                                dueAt: number;
                                overdue: boolean;
                                whistled: boolean;
                                assigneeName: string | null;
                                village: string | null;
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
    "/open311/v2/discovery.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 service discovery: the GeoReport v2 endpoint, its formats and how to get a key */
        get: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
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
                            changeset: string;
                            contact: string;
                            key_service: string;
                            endpoints: {
                                specification: string;
                                url: string;
                                changeset: string;
                                type: string;
                                formats: string[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/services.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 services: the request categories marked public */
        get: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
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
                            service_code: string;
                            service_name: string;
                            description: string;
                            metadata: boolean;
                            type: string;
                            keywords: string;
                            group: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/services/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 service definition: the attributes a request of this service may carry */
        get: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description e.g. facilities.water.json */
                    file: string;
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
                            service_code: string;
                            attributes: {
                                variable: boolean;
                                code: string;
                                datatype: string;
                                required: boolean;
                                datatype_description: string;
                                order: number;
                                description: string;
                                values: {
                                    key: string;
                                    name: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/requests.{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 GET requests: public categories only, moderated text only, building-level address; newest first, 90 days, at most 1000 */
        get: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                    /** @description true adds extended_attributes (number, detailed status, level, outcome) */
                    extensions?: string;
                    /** @description Comma-separated ids; overrides every other filter */
                    service_request_id?: string;
                    /** @description Comma-separated service codes */
                    service_code?: string;
                    /** @description W3C date-time with zone */
                    start_date?: string;
                    /** @description W3C date-time with zone; at most 90 days after start_date */
                    end_date?: string;
                    /** @description open, closed, or open,closed */
                    status?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
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
                            service_request_id: string;
                            status: "open" | "closed";
                            /** @description The detailed state in Chinese, with the outcome once known */
                            status_notes: string;
                            service_name: string;
                            service_code: string;
                            /** @description Moderated public text only */
                            description?: string;
                            agency_responsible?: string;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime?: string;
                            /** @description Building level, never a unit or room */
                            address?: string;
                            address_id?: string;
                            lat?: number;
                            long?: number;
                            extended_attributes?: {
                                number: string;
                                detailed_status: string;
                                detailed_status_name: string;
                                level: string;
                                outcome?: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Open311 POST request (api_key required): placed by address_id (a building’s org code), lat/long (the nearest building) or address_string; answered at once with its service_request_id */
        post: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description json or xml */
                    format: "json" | "xml";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": {
                        /** @description The client’s key (also accepted in the query string) */
                        api_key?: string;
                        /** @description Org node code at or under the client’s jurisdiction */
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: string;
                        long?: string;
                        address_string?: string;
                        /** @description A building’s org code, e.g. 320812400001-B01 (or a unit, room, grid code) */
                        address_id?: string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description?: string;
                        media_url?: string;
                    } & {
                        [key: string]: string | string[];
                    };
                    "application/json": {
                        /** @description The client’s key (also accepted in the query string) */
                        api_key?: string;
                        /** @description Org node code at or under the client’s jurisdiction */
                        jurisdiction_id?: string;
                        service_code?: string;
                        lat?: string;
                        long?: string;
                        address_string?: string;
                        /** @description A building’s org code, e.g. 320812400001-B01 (or a unit, room, grid code) */
                        address_id?: string;
                        email?: string;
                        device_id?: string;
                        account_id?: string;
                        first_name?: string;
                        last_name?: string;
                        phone?: string;
                        description?: string;
                        media_url?: string;
                    } & {
                        [key: string]: string | string[];
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
                            service_request_id: string;
                            service_notice: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/requests/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 GET one request by its service_request_id (320812400001-2026-000123): a list of one */
        get: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                    /** @description true adds extended_attributes (number, detailed status, level, outcome) */
                    extensions?: string;
                };
                header?: never;
                path: {
                    /** @description e.g. facilities.water.json */
                    file: string;
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
                            service_request_id: string;
                            status: "open" | "closed";
                            /** @description The detailed state in Chinese, with the outcome once known */
                            status_notes: string;
                            service_name: string;
                            service_code: string;
                            /** @description Moderated public text only */
                            description?: string;
                            agency_responsible?: string;
                            requested_datetime: string;
                            updated_datetime: string;
                            expected_datetime?: string;
                            /** @description Building level, never a unit or room */
                            address?: string;
                            address_id?: string;
                            lat?: number;
                            long?: number;
                            extended_attributes?: {
                                number: string;
                                detailed_status: string;
                                detailed_status_name: string;
                                level: string;
                                outcome?: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
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
    "/open311/v2/tokens/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open311 GET token: requests are answered at once, so a token is its service_request_id */
        get: {
            parameters: {
                query?: {
                    /** @description An org node code: a community (320812400001) or a street office */
                    jurisdiction_id?: string;
                    api_key?: string;
                };
                header?: never;
                path: {
                    /** @description e.g. facilities.water.json */
                    file: string;
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
                            service_request_id: string;
                            token: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: number;
                            description: string;
                        }[];
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
