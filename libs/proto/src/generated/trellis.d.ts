import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace trellis. */
export namespace trellis {

    /** Namespace feed. */
    namespace feed {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Feed */
            class Feed extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Feed service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Feed service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Feed;

                /** Calls Watch. */
                watch: trellis.feed.v1.Feed.Watch;

                /** Calls ReportPortStatuses. */
                reportPortStatuses: trellis.feed.v1.Feed.ReportPortStatuses;

                /** Calls ReportHostLiveness. */
                reportHostLiveness: trellis.feed.v1.Feed.ReportHostLiveness;
            }

            namespace Feed {

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#watch}.
                 * @param error Error, if any
                 * @param [response] WatchResponse
                 */
                type WatchCallback = (error: (Error|null), response?: trellis.feed.v1.WatchResponse) => void;

                /** Calls Watch. */
                type Watch = {
                  (request: trellis.feed.v1.IWatchRequest, callback: trellis.feed.v1.Feed.WatchCallback): void;
                  (request: trellis.feed.v1.IWatchRequest): Promise<trellis.feed.v1.WatchResponse>;
                  readonly name: "Watch";
                  readonly path: "/trellis.feed.v1.Feed/Watch";
                  readonly requestType: "WatchRequest";
                  readonly responseType: "WatchResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#reportPortStatuses}.
                 * @param error Error, if any
                 * @param [response] ReportAcks
                 */
                type ReportPortStatusesCallback = (error: (Error|null), response?: trellis.feed.v1.ReportAcks) => void;

                /** Calls ReportPortStatuses. */
                type ReportPortStatuses = {
                  (request: trellis.feed.v1.IPortStatusReports, callback: trellis.feed.v1.Feed.ReportPortStatusesCallback): void;
                  (request: trellis.feed.v1.IPortStatusReports): Promise<trellis.feed.v1.ReportAcks>;
                  readonly name: "ReportPortStatuses";
                  readonly path: "/trellis.feed.v1.Feed/ReportPortStatuses";
                  readonly requestType: "PortStatusReports";
                  readonly responseType: "ReportAcks";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };

                /**
                 * Callback as used by {@link trellis.feed.v1.Feed#reportHostLiveness}.
                 * @param error Error, if any
                 * @param [response] ReportAck
                 */
                type ReportHostLivenessCallback = (error: (Error|null), response?: trellis.feed.v1.ReportAck) => void;

                /** Calls ReportHostLiveness. */
                type ReportHostLiveness = {
                  (request: trellis.feed.v1.IHostLivenessReport, callback: trellis.feed.v1.Feed.ReportHostLivenessCallback): void;
                  (request: trellis.feed.v1.IHostLivenessReport): Promise<trellis.feed.v1.ReportAck>;
                  readonly name: "ReportHostLiveness";
                  readonly path: "/trellis.feed.v1.Feed/ReportHostLiveness";
                  readonly requestType: "HostLivenessReport";
                  readonly responseType: "ReportAck";
                  readonly requestStream: undefined;
                  readonly responseStream: undefined;
                };
            }

            /**
             * Properties of a WatchRequest.
             * @deprecated Use trellis.feed.v1.WatchRequest.$Properties instead.
             */
            interface IWatchRequest extends trellis.feed.v1.WatchRequest.$Properties {
            }

            /** Represents a WatchRequest. */
            class WatchRequest {

                /**
                 * Constructs a new WatchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.WatchRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchRequest afterRevision. */
                afterRevision: number;

                /** WatchRequest collections. */
                collections: string[];

                /** WatchRequest consumer. */
                consumer: string;

                /** WatchRequest progressIntervalMs. */
                progressIntervalMs: number;

                /**
                 * Creates a new WatchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchRequest instance
                 */
                static create(properties: trellis.feed.v1.WatchRequest.$Shape): trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape;
                static create(properties?: trellis.feed.v1.WatchRequest.$Properties): trellis.feed.v1.WatchRequest;

                /**
                 * Encodes the specified WatchRequest message. Does not implicitly {@link trellis.feed.v1.WatchRequest.verify|verify} messages.
                 * @param message WatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape} WatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.WatchRequest & trellis.feed.v1.WatchRequest.$Shape;

                /**
                 * Gets the type url for WatchRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchRequest {

                /** Properties of a WatchRequest. */
                interface $Properties {

                    /** WatchRequest afterRevision */
                    afterRevision?: (number|null);

                    /** WatchRequest collections */
                    collections?: (string[]|null);

                    /** WatchRequest consumer */
                    consumer?: (string|null);

                    /** WatchRequest progressIntervalMs */
                    progressIntervalMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WatchRequest. */
                type $Shape = trellis.feed.v1.WatchRequest.$Properties;
            }

            /** ChangeType enum. */
            enum ChangeType {

                /** CHANGE_TYPE_UNSPECIFIED value */
                CHANGE_TYPE_UNSPECIFIED = 0,

                /** CHANGE_TYPE_PUT value */
                CHANGE_TYPE_PUT = 1,

                /** CHANGE_TYPE_DELETE value */
                CHANGE_TYPE_DELETE = 2
            }

            /**
             * Properties of a Change.
             * @deprecated Use trellis.feed.v1.Change.$Properties instead.
             */
            interface IChange extends trellis.feed.v1.Change.$Properties {
            }

            /** Represents a Change. */
            class Change {

                /**
                 * Constructs a new Change.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.Change.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Change type. */
                type: trellis.feed.v1.ChangeType;

                /** Change collection. */
                collection: string;

                /** Change keyJson. */
                keyJson: string;

                /** Change valueJson. */
                valueJson: Uint8Array;

                /** Change createRevision. */
                createRevision: number;

                /** Change modRevision. */
                modRevision: number;

                /** Change version. */
                version: number;

                /**
                 * Creates a new Change instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Change instance
                 */
                static create(properties: trellis.feed.v1.Change.$Shape): trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape;
                static create(properties?: trellis.feed.v1.Change.$Properties): trellis.feed.v1.Change;

                /**
                 * Encodes the specified Change message. Does not implicitly {@link trellis.feed.v1.Change.verify|verify} messages.
                 * @param message Change message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.Change.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Change message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape} Change
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.Change & trellis.feed.v1.Change.$Shape;

                /**
                 * Gets the type url for Change
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Change {

                /** Properties of a Change. */
                interface $Properties {

                    /** Change type */
                    type?: (trellis.feed.v1.ChangeType|null);

                    /** Change collection */
                    collection?: (string|null);

                    /** Change keyJson */
                    keyJson?: (string|null);

                    /** Change valueJson */
                    valueJson?: (Uint8Array|null);

                    /** Change createRevision */
                    createRevision?: (number|null);

                    /** Change modRevision */
                    modRevision?: (number|null);

                    /** Change version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Change. */
                type $Shape = trellis.feed.v1.Change.$Properties;
            }

            /**
             * Properties of a Revision.
             * @deprecated Use trellis.feed.v1.Revision.$Properties instead.
             */
            interface IRevision extends trellis.feed.v1.Revision.$Properties {
            }

            /** Represents a Revision. */
            class Revision {

                /**
                 * Constructs a new Revision.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.Revision.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Revision revision. */
                revision: number;

                /** Revision timestampMs. */
                timestampMs: number;

                /** Revision changes. */
                changes: trellis.feed.v1.Change.$Properties[];

                /**
                 * Creates a new Revision instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Revision instance
                 */
                static create(properties: trellis.feed.v1.Revision.$Shape): trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape;
                static create(properties?: trellis.feed.v1.Revision.$Properties): trellis.feed.v1.Revision;

                /**
                 * Encodes the specified Revision message. Does not implicitly {@link trellis.feed.v1.Revision.verify|verify} messages.
                 * @param message Revision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.Revision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Revision message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape} Revision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.Revision & trellis.feed.v1.Revision.$Shape;

                /**
                 * Gets the type url for Revision
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Revision {

                /** Properties of a Revision. */
                interface $Properties {

                    /** Revision revision */
                    revision?: (number|null);

                    /** Revision timestampMs */
                    timestampMs?: (number|null);

                    /** Revision changes */
                    changes?: (trellis.feed.v1.Change.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Revision. */
                type $Shape = trellis.feed.v1.Revision.$Properties;
            }

            /**
             * Properties of a SnapshotItem.
             * @deprecated Use trellis.feed.v1.SnapshotItem.$Properties instead.
             */
            interface ISnapshotItem extends trellis.feed.v1.SnapshotItem.$Properties {
            }

            /** Represents a SnapshotItem. */
            class SnapshotItem {

                /**
                 * Constructs a new SnapshotItem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.SnapshotItem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotItem collection. */
                collection: string;

                /** SnapshotItem keyJson. */
                keyJson: string;

                /** SnapshotItem valueJson. */
                valueJson: Uint8Array;

                /** SnapshotItem createRevision. */
                createRevision: number;

                /** SnapshotItem modRevision. */
                modRevision: number;

                /** SnapshotItem version. */
                version: number;

                /**
                 * Creates a new SnapshotItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotItem instance
                 */
                static create(properties: trellis.feed.v1.SnapshotItem.$Shape): trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape;
                static create(properties?: trellis.feed.v1.SnapshotItem.$Properties): trellis.feed.v1.SnapshotItem;

                /**
                 * Encodes the specified SnapshotItem message. Does not implicitly {@link trellis.feed.v1.SnapshotItem.verify|verify} messages.
                 * @param message SnapshotItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.SnapshotItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotItem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape} SnapshotItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.SnapshotItem & trellis.feed.v1.SnapshotItem.$Shape;

                /**
                 * Gets the type url for SnapshotItem
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotItem {

                /** Properties of a SnapshotItem. */
                interface $Properties {

                    /** SnapshotItem collection */
                    collection?: (string|null);

                    /** SnapshotItem keyJson */
                    keyJson?: (string|null);

                    /** SnapshotItem valueJson */
                    valueJson?: (Uint8Array|null);

                    /** SnapshotItem createRevision */
                    createRevision?: (number|null);

                    /** SnapshotItem modRevision */
                    modRevision?: (number|null);

                    /** SnapshotItem version */
                    version?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotItem. */
                type $Shape = trellis.feed.v1.SnapshotItem.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use trellis.feed.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends trellis.feed.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk revision. */
                revision: number;

                /** SnapshotChunk items. */
                items: trellis.feed.v1.SnapshotItem.$Properties[];

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: trellis.feed.v1.SnapshotChunk.$Shape): trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape;
                static create(properties?: trellis.feed.v1.SnapshotChunk.$Properties): trellis.feed.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.feed.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.SnapshotChunk & trellis.feed.v1.SnapshotChunk.$Shape;

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk revision */
                    revision?: (number|null);

                    /** SnapshotChunk items */
                    items?: (trellis.feed.v1.SnapshotItem.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = trellis.feed.v1.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a SnapshotEnd.
             * @deprecated Use trellis.feed.v1.SnapshotEnd.$Properties instead.
             */
            interface ISnapshotEnd extends trellis.feed.v1.SnapshotEnd.$Properties {
            }

            /** Represents a SnapshotEnd. */
            class SnapshotEnd {

                /**
                 * Constructs a new SnapshotEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.SnapshotEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotEnd revision. */
                revision: number;

                /** SnapshotEnd itemCount. */
                itemCount: number;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotEnd instance
                 */
                static create(properties: trellis.feed.v1.SnapshotEnd.$Shape): trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape;
                static create(properties?: trellis.feed.v1.SnapshotEnd.$Properties): trellis.feed.v1.SnapshotEnd;

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.feed.v1.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.SnapshotEnd & trellis.feed.v1.SnapshotEnd.$Shape;

                /**
                 * Gets the type url for SnapshotEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotEnd {

                /** Properties of a SnapshotEnd. */
                interface $Properties {

                    /** SnapshotEnd revision */
                    revision?: (number|null);

                    /** SnapshotEnd itemCount */
                    itemCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotEnd. */
                type $Shape = trellis.feed.v1.SnapshotEnd.$Properties;
            }

            /**
             * Properties of a Progress.
             * @deprecated Use trellis.feed.v1.Progress.$Properties instead.
             */
            interface IProgress extends trellis.feed.v1.Progress.$Properties {
            }

            /** Represents a Progress. */
            class Progress {

                /**
                 * Constructs a new Progress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.Progress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Progress revision. */
                revision: number;

                /**
                 * Creates a new Progress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Progress instance
                 */
                static create(properties: trellis.feed.v1.Progress.$Shape): trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape;
                static create(properties?: trellis.feed.v1.Progress.$Properties): trellis.feed.v1.Progress;

                /**
                 * Encodes the specified Progress message. Does not implicitly {@link trellis.feed.v1.Progress.verify|verify} messages.
                 * @param message Progress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Progress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.Progress & trellis.feed.v1.Progress.$Shape;

                /**
                 * Gets the type url for Progress
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Progress {

                /** Properties of a Progress. */
                interface $Properties {

                    /** Progress revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Progress. */
                type $Shape = trellis.feed.v1.Progress.$Properties;
            }

            /**
             * Properties of a WatchResponse.
             * @deprecated Use trellis.feed.v1.WatchResponse.$Properties instead.
             */
            interface IWatchResponse extends trellis.feed.v1.WatchResponse.$Properties {
            }

            /** Represents a WatchResponse. */
            class WatchResponse {

                /**
                 * Constructs a new WatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.WatchResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchResponse revision. */
                revision?: (trellis.feed.v1.Revision.$Properties|null);

                /** WatchResponse snapshotChunk. */
                snapshotChunk?: (trellis.feed.v1.SnapshotChunk.$Properties|null);

                /** WatchResponse snapshotEnd. */
                snapshotEnd?: (trellis.feed.v1.SnapshotEnd.$Properties|null);

                /** WatchResponse progress. */
                progress?: (trellis.feed.v1.Progress.$Properties|null);

                /** WatchResponse kind. */
                kind?: ("revision"|"snapshotChunk"|"snapshotEnd"|"progress");

                /**
                 * Creates a new WatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchResponse instance
                 */
                static create(properties: trellis.feed.v1.WatchResponse.$Shape): trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape;
                static create(properties?: trellis.feed.v1.WatchResponse.$Properties): trellis.feed.v1.WatchResponse;

                /**
                 * Encodes the specified WatchResponse message. Does not implicitly {@link trellis.feed.v1.WatchResponse.verify|verify} messages.
                 * @param message WatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.WatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape} WatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.WatchResponse & trellis.feed.v1.WatchResponse.$Shape;

                /**
                 * Gets the type url for WatchResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchResponse {

                /** Properties of a WatchResponse. */
                interface $Properties {

                    /** WatchResponse revision */
                    revision?: (trellis.feed.v1.Revision.$Properties|null);

                    /** WatchResponse snapshotChunk */
                    snapshotChunk?: (trellis.feed.v1.SnapshotChunk.$Properties|null);

                    /** WatchResponse snapshotEnd */
                    snapshotEnd?: (trellis.feed.v1.SnapshotEnd.$Properties|null);

                    /** WatchResponse progress */
                    progress?: (trellis.feed.v1.Progress.$Properties|null);

                    /** WatchResponse kind */
                    kind?: ("revision"|"snapshotChunk"|"snapshotEnd"|"progress");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a WatchResponse. */
                type $Shape = {
                  revision?: trellis.feed.v1.Revision.$Shape|null;
                  snapshotChunk?: trellis.feed.v1.SnapshotChunk.$Shape|null;
                  snapshotEnd?: trellis.feed.v1.SnapshotEnd.$Shape|null;
                  progress?: trellis.feed.v1.Progress.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "revision"; revision: trellis.feed.v1.Revision.$Shape; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotChunk"; revision?: null; snapshotChunk: trellis.feed.v1.SnapshotChunk.$Shape; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotEnd"; revision?: null; snapshotChunk?: null; snapshotEnd: trellis.feed.v1.SnapshotEnd.$Shape; progress?: null }|{ kind?: "progress"; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress: trellis.feed.v1.Progress.$Shape })
                );
            }

            /** PortWiring enum. */
            enum PortWiring {

                /** PORT_WIRING_UNSPECIFIED value */
                PORT_WIRING_UNSPECIFIED = 0,

                /** PORT_WIRING_WIRED value */
                PORT_WIRING_WIRED = 1,

                /** PORT_WIRING_UNWIRED value */
                PORT_WIRING_UNWIRED = 2,

                /** PORT_WIRING_ERROR value */
                PORT_WIRING_ERROR = 3
            }

            /**
             * Properties of a PortStatusReport.
             * @deprecated Use trellis.feed.v1.PortStatusReport.$Properties instead.
             */
            interface IPortStatusReport extends trellis.feed.v1.PortStatusReport.$Properties {
            }

            /** Represents a PortStatusReport. */
            class PortStatusReport {

                /**
                 * Constructs a new PortStatusReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.PortStatusReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusReport portId. */
                portId: string;

                /** PortStatusReport hostId. */
                hostId: string;

                /** PortStatusReport wiring. */
                wiring: trellis.feed.v1.PortWiring;

                /** PortStatusReport detail. */
                detail: string;

                /**
                 * Creates a new PortStatusReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusReport instance
                 */
                static create(properties: trellis.feed.v1.PortStatusReport.$Shape): trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape;
                static create(properties?: trellis.feed.v1.PortStatusReport.$Properties): trellis.feed.v1.PortStatusReport;

                /**
                 * Encodes the specified PortStatusReport message. Does not implicitly {@link trellis.feed.v1.PortStatusReport.verify|verify} messages.
                 * @param message PortStatusReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.PortStatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape} PortStatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.PortStatusReport & trellis.feed.v1.PortStatusReport.$Shape;

                /**
                 * Gets the type url for PortStatusReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusReport {

                /** Properties of a PortStatusReport. */
                interface $Properties {

                    /** PortStatusReport portId */
                    portId?: (string|null);

                    /** PortStatusReport hostId */
                    hostId?: (string|null);

                    /** PortStatusReport wiring */
                    wiring?: (trellis.feed.v1.PortWiring|null);

                    /** PortStatusReport detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusReport. */
                type $Shape = trellis.feed.v1.PortStatusReport.$Properties;
            }

            /**
             * Properties of a PortStatusReports.
             * @deprecated Use trellis.feed.v1.PortStatusReports.$Properties instead.
             */
            interface IPortStatusReports extends trellis.feed.v1.PortStatusReports.$Properties {
            }

            /** Represents a PortStatusReports. */
            class PortStatusReports {

                /**
                 * Constructs a new PortStatusReports.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.PortStatusReports.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusReports reports. */
                reports: trellis.feed.v1.PortStatusReport.$Properties[];

                /**
                 * Creates a new PortStatusReports instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusReports instance
                 */
                static create(properties: trellis.feed.v1.PortStatusReports.$Shape): trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape;
                static create(properties?: trellis.feed.v1.PortStatusReports.$Properties): trellis.feed.v1.PortStatusReports;

                /**
                 * Encodes the specified PortStatusReports message. Does not implicitly {@link trellis.feed.v1.PortStatusReports.verify|verify} messages.
                 * @param message PortStatusReports message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.PortStatusReports.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusReports message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape} PortStatusReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.PortStatusReports & trellis.feed.v1.PortStatusReports.$Shape;

                /**
                 * Gets the type url for PortStatusReports
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusReports {

                /** Properties of a PortStatusReports. */
                interface $Properties {

                    /** PortStatusReports reports */
                    reports?: (trellis.feed.v1.PortStatusReport.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusReports. */
                type $Shape = trellis.feed.v1.PortStatusReports.$Properties;
            }

            /**
             * Properties of a HostLivenessReport.
             * @deprecated Use trellis.feed.v1.HostLivenessReport.$Properties instead.
             */
            interface IHostLivenessReport extends trellis.feed.v1.HostLivenessReport.$Properties {
            }

            /** Represents a HostLivenessReport. */
            class HostLivenessReport {

                /**
                 * Constructs a new HostLivenessReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.HostLivenessReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostLivenessReport hostId. */
                hostId: string;

                /** HostLivenessReport connected. */
                connected: boolean;

                /** HostLivenessReport agentVersion. */
                agentVersion: string;

                /** HostLivenessReport lastSeenMs. */
                lastSeenMs: number;

                /** HostLivenessReport controllerId. */
                controllerId: string;

                /**
                 * Creates a new HostLivenessReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostLivenessReport instance
                 */
                static create(properties: trellis.feed.v1.HostLivenessReport.$Shape): trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape;
                static create(properties?: trellis.feed.v1.HostLivenessReport.$Properties): trellis.feed.v1.HostLivenessReport;

                /**
                 * Encodes the specified HostLivenessReport message. Does not implicitly {@link trellis.feed.v1.HostLivenessReport.verify|verify} messages.
                 * @param message HostLivenessReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.HostLivenessReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostLivenessReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape} HostLivenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.HostLivenessReport & trellis.feed.v1.HostLivenessReport.$Shape;

                /**
                 * Gets the type url for HostLivenessReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostLivenessReport {

                /** Properties of a HostLivenessReport. */
                interface $Properties {

                    /** HostLivenessReport hostId */
                    hostId?: (string|null);

                    /** HostLivenessReport connected */
                    connected?: (boolean|null);

                    /** HostLivenessReport agentVersion */
                    agentVersion?: (string|null);

                    /** HostLivenessReport lastSeenMs */
                    lastSeenMs?: (number|null);

                    /** HostLivenessReport controllerId */
                    controllerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostLivenessReport. */
                type $Shape = trellis.feed.v1.HostLivenessReport.$Properties;
            }

            /**
             * Properties of a ReportAck.
             * @deprecated Use trellis.feed.v1.ReportAck.$Properties instead.
             */
            interface IReportAck extends trellis.feed.v1.ReportAck.$Properties {
            }

            /** Represents a ReportAck. */
            class ReportAck {

                /**
                 * Constructs a new ReportAck.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.ReportAck.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportAck revision. */
                revision: number;

                /**
                 * Creates a new ReportAck instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportAck instance
                 */
                static create(properties: trellis.feed.v1.ReportAck.$Shape): trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape;
                static create(properties?: trellis.feed.v1.ReportAck.$Properties): trellis.feed.v1.ReportAck;

                /**
                 * Encodes the specified ReportAck message. Does not implicitly {@link trellis.feed.v1.ReportAck.verify|verify} messages.
                 * @param message ReportAck message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.ReportAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportAck message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape} ReportAck
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.ReportAck & trellis.feed.v1.ReportAck.$Shape;

                /**
                 * Gets the type url for ReportAck
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportAck {

                /** Properties of a ReportAck. */
                interface $Properties {

                    /** ReportAck revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReportAck. */
                type $Shape = trellis.feed.v1.ReportAck.$Properties;
            }

            /**
             * Properties of a ReportAcks.
             * @deprecated Use trellis.feed.v1.ReportAcks.$Properties instead.
             */
            interface IReportAcks extends trellis.feed.v1.ReportAcks.$Properties {
            }

            /** Represents a ReportAcks. */
            class ReportAcks {

                /**
                 * Constructs a new ReportAcks.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v1.ReportAcks.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportAcks revisions. */
                revisions: number[];

                /**
                 * Creates a new ReportAcks instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportAcks instance
                 */
                static create(properties: trellis.feed.v1.ReportAcks.$Shape): trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape;
                static create(properties?: trellis.feed.v1.ReportAcks.$Properties): trellis.feed.v1.ReportAcks;

                /**
                 * Encodes the specified ReportAcks message. Does not implicitly {@link trellis.feed.v1.ReportAcks.verify|verify} messages.
                 * @param message ReportAcks message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v1.ReportAcks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportAcks message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape} ReportAcks
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v1.ReportAcks & trellis.feed.v1.ReportAcks.$Shape;

                /**
                 * Gets the type url for ReportAcks
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportAcks {

                /** Properties of a ReportAcks. */
                interface $Properties {

                    /** ReportAcks revisions */
                    revisions?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReportAcks. */
                type $Shape = trellis.feed.v1.ReportAcks.$Properties;
            }
        }

        /** Namespace v2. */
        namespace v2 {

            /** Represents a Feed */
            class Feed extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Feed service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Feed service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Feed;

                /** Calls Watch. */
                watch: trellis.feed.v2.Feed.Watch;

                /** Calls Report. */
                report: trellis.feed.v2.Feed.Report;
            }

            namespace Feed {

                /**
                 * Callback as used by {@link trellis.feed.v2.Feed#watch}.
                 * @param error Error, if any
                 * @param [response] WatchResponse
                 */
                type WatchCallback = (error: (Error|null), response?: trellis.feed.v2.WatchResponse) => void;

                /** Calls Watch. */
                type Watch = {
                  (request: trellis.feed.v2.IWatchRequest, callback: trellis.feed.v2.Feed.WatchCallback): void;
                  (request: trellis.feed.v2.IWatchRequest): Promise<trellis.feed.v2.WatchResponse>;
                  readonly name: "Watch";
                  readonly path: "/trellis.feed.v2.Feed/Watch";
                  readonly requestType: "WatchRequest";
                  readonly responseType: "WatchResponse";
                  readonly requestStream: undefined;
                  readonly responseStream: true;
                };

                /**
                 * Callback as used by {@link trellis.feed.v2.Feed#report}.
                 * @param error Error, if any
                 * @param [response] ReportResponse
                 */
                type ReportCallback = (error: (Error|null), response?: trellis.feed.v2.ReportResponse) => void;

                /** Calls Report. */
                type Report = {
                  (request: trellis.feed.v2.IReportRequest, callback: trellis.feed.v2.Feed.ReportCallback): void;
                  (request: trellis.feed.v2.IReportRequest): Promise<trellis.feed.v2.ReportResponse>;
                  readonly name: "Report";
                  readonly path: "/trellis.feed.v2.Feed/Report";
                  readonly requestType: "ReportRequest";
                  readonly responseType: "ReportResponse";
                  readonly requestStream: true;
                  readonly responseStream: true;
                };
            }

            /** ResourceKind enum. */
            enum ResourceKind {

                /** RESOURCE_KIND_UNSPECIFIED value */
                RESOURCE_KIND_UNSPECIFIED = 0,

                /** RESOURCE_KIND_HOST value */
                RESOURCE_KIND_HOST = 1,

                /** RESOURCE_KIND_NETWORK value */
                RESOURCE_KIND_NETWORK = 2,

                /** RESOURCE_KIND_PORT value */
                RESOURCE_KIND_PORT = 3,

                /** RESOURCE_KIND_PORT_STATUS value */
                RESOURCE_KIND_PORT_STATUS = 4,

                /** RESOURCE_KIND_HOST_LIVENESS value */
                RESOURCE_KIND_HOST_LIVENESS = 5,

                /** RESOURCE_KIND_SUBNET value */
                RESOURCE_KIND_SUBNET = 6,

                /** RESOURCE_KIND_ROUTER value */
                RESOURCE_KIND_ROUTER = 7
            }

            /**
             * Properties of a WatchRequest.
             * @deprecated Use trellis.feed.v2.WatchRequest.$Properties instead.
             */
            interface IWatchRequest extends trellis.feed.v2.WatchRequest.$Properties {
            }

            /** Represents a WatchRequest. */
            class WatchRequest {

                /**
                 * Constructs a new WatchRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.WatchRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchRequest afterRevision. */
                afterRevision: number;

                /** WatchRequest kinds. */
                kinds: trellis.feed.v2.ResourceKind[];

                /** WatchRequest consumer. */
                consumer: string;

                /** WatchRequest progressIntervalMs. */
                progressIntervalMs: number;

                /**
                 * Creates a new WatchRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchRequest instance
                 */
                static create(properties: trellis.feed.v2.WatchRequest.$Shape): trellis.feed.v2.WatchRequest & trellis.feed.v2.WatchRequest.$Shape;
                static create(properties?: trellis.feed.v2.WatchRequest.$Properties): trellis.feed.v2.WatchRequest;

                /**
                 * Encodes the specified WatchRequest message. Does not implicitly {@link trellis.feed.v2.WatchRequest.verify|verify} messages.
                 * @param message WatchRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.WatchRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.WatchRequest & trellis.feed.v2.WatchRequest.$Shape} WatchRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.WatchRequest & trellis.feed.v2.WatchRequest.$Shape;

                /**
                 * Gets the type url for WatchRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchRequest {

                /** Properties of a WatchRequest. */
                interface $Properties {

                    /** WatchRequest afterRevision */
                    afterRevision?: (number|null);

                    /** WatchRequest kinds */
                    kinds?: (trellis.feed.v2.ResourceKind[]|null);

                    /** WatchRequest consumer */
                    consumer?: (string|null);

                    /** WatchRequest progressIntervalMs */
                    progressIntervalMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WatchRequest. */
                type $Shape = trellis.feed.v2.WatchRequest.$Properties;
            }

            /**
             * Properties of a Host.
             * @deprecated Use trellis.feed.v2.Host.$Properties instead.
             */
            interface IHost extends trellis.feed.v2.Host.$Properties {
            }

            /** Represents a Host. */
            class Host {

                /**
                 * Constructs a new Host.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Host.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Host id. */
                id: string;

                /** Host cell. */
                cell: string;

                /** Host vtep. */
                vtep: string;

                /**
                 * Creates a new Host instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Host instance
                 */
                static create(properties: trellis.feed.v2.Host.$Shape): trellis.feed.v2.Host & trellis.feed.v2.Host.$Shape;
                static create(properties?: trellis.feed.v2.Host.$Properties): trellis.feed.v2.Host;

                /**
                 * Encodes the specified Host message. Does not implicitly {@link trellis.feed.v2.Host.verify|verify} messages.
                 * @param message Host message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Host.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Host message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Host & trellis.feed.v2.Host.$Shape} Host
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Host & trellis.feed.v2.Host.$Shape;

                /**
                 * Gets the type url for Host
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Host {

                /** Properties of a Host. */
                interface $Properties {

                    /** Host id */
                    id?: (string|null);

                    /** Host cell */
                    cell?: (string|null);

                    /** Host vtep */
                    vtep?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Host. */
                type $Shape = trellis.feed.v2.Host.$Properties;
            }

            /**
             * Properties of a Network.
             * @deprecated Use trellis.feed.v2.Network.$Properties instead.
             */
            interface INetwork extends trellis.feed.v2.Network.$Properties {
            }

            /** Represents a Network. */
            class Network {

                /**
                 * Constructs a new Network.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Network.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Network id. */
                id: string;

                /** Network networkType. */
                networkType: string;

                /** Network segmentationId. */
                segmentationId: number;

                /** Network mtu. */
                mtu: number;

                /**
                 * Creates a new Network instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Network instance
                 */
                static create(properties: trellis.feed.v2.Network.$Shape): trellis.feed.v2.Network & trellis.feed.v2.Network.$Shape;
                static create(properties?: trellis.feed.v2.Network.$Properties): trellis.feed.v2.Network;

                /**
                 * Encodes the specified Network message. Does not implicitly {@link trellis.feed.v2.Network.verify|verify} messages.
                 * @param message Network message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Network.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Network message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Network & trellis.feed.v2.Network.$Shape} Network
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Network & trellis.feed.v2.Network.$Shape;

                /**
                 * Gets the type url for Network
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Network {

                /** Properties of a Network. */
                interface $Properties {

                    /** Network id */
                    id?: (string|null);

                    /** Network networkType */
                    networkType?: (string|null);

                    /** Network segmentationId */
                    segmentationId?: (number|null);

                    /** Network mtu */
                    mtu?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Network. */
                type $Shape = trellis.feed.v2.Network.$Properties;
            }

            /** BindingStatus enum. */
            enum BindingStatus {

                /** BINDING_STATUS_UNSPECIFIED value */
                BINDING_STATUS_UNSPECIFIED = 0,

                /** BINDING_STATUS_ACTIVE value */
                BINDING_STATUS_ACTIVE = 1,

                /** BINDING_STATUS_INACTIVE value */
                BINDING_STATUS_INACTIVE = 2
            }

            /**
             * Properties of a Binding.
             * @deprecated Use trellis.feed.v2.Binding.$Properties instead.
             */
            interface IBinding extends trellis.feed.v2.Binding.$Properties {
            }

            /** Represents a Binding. */
            class Binding {

                /**
                 * Constructs a new Binding.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Binding.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Binding host. */
                host: string;

                /** Binding status. */
                status: trellis.feed.v2.BindingStatus;

                /** Binding failed. */
                failed: boolean;

                /**
                 * Creates a new Binding instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Binding instance
                 */
                static create(properties: trellis.feed.v2.Binding.$Shape): trellis.feed.v2.Binding & trellis.feed.v2.Binding.$Shape;
                static create(properties?: trellis.feed.v2.Binding.$Properties): trellis.feed.v2.Binding;

                /**
                 * Encodes the specified Binding message. Does not implicitly {@link trellis.feed.v2.Binding.verify|verify} messages.
                 * @param message Binding message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Binding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Binding message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Binding & trellis.feed.v2.Binding.$Shape} Binding
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Binding & trellis.feed.v2.Binding.$Shape;

                /**
                 * Gets the type url for Binding
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Binding {

                /** Properties of a Binding. */
                interface $Properties {

                    /** Binding host */
                    host?: (string|null);

                    /** Binding status */
                    status?: (trellis.feed.v2.BindingStatus|null);

                    /** Binding failed */
                    failed?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Binding. */
                type $Shape = trellis.feed.v2.Binding.$Properties;
            }

            /**
             * Properties of a FixedIp.
             * @deprecated Use trellis.feed.v2.FixedIp.$Properties instead.
             */
            interface IFixedIp extends trellis.feed.v2.FixedIp.$Properties {
            }

            /** Represents a FixedIp. */
            class FixedIp {

                /**
                 * Constructs a new FixedIp.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.FixedIp.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FixedIp subnetId. */
                subnetId: string;

                /** FixedIp ipAddress. */
                ipAddress: string;

                /**
                 * Creates a new FixedIp instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FixedIp instance
                 */
                static create(properties: trellis.feed.v2.FixedIp.$Shape): trellis.feed.v2.FixedIp & trellis.feed.v2.FixedIp.$Shape;
                static create(properties?: trellis.feed.v2.FixedIp.$Properties): trellis.feed.v2.FixedIp;

                /**
                 * Encodes the specified FixedIp message. Does not implicitly {@link trellis.feed.v2.FixedIp.verify|verify} messages.
                 * @param message FixedIp message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.FixedIp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FixedIp message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.FixedIp & trellis.feed.v2.FixedIp.$Shape} FixedIp
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.FixedIp & trellis.feed.v2.FixedIp.$Shape;

                /**
                 * Gets the type url for FixedIp
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace FixedIp {

                /** Properties of a FixedIp. */
                interface $Properties {

                    /** FixedIp subnetId */
                    subnetId?: (string|null);

                    /** FixedIp ipAddress */
                    ipAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FixedIp. */
                type $Shape = trellis.feed.v2.FixedIp.$Properties;
            }

            /**
             * Properties of a Port.
             * @deprecated Use trellis.feed.v2.Port.$Properties instead.
             */
            interface IPort extends trellis.feed.v2.Port.$Properties {
            }

            /** Represents a Port. */
            class Port {

                /**
                 * Constructs a new Port.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Port.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Port id. */
                id: string;

                /** Port networkId. */
                networkId: string;

                /** Port macAddress. */
                macAddress: string;

                /** Port fixedIps. */
                fixedIps: trellis.feed.v2.FixedIp.$Properties[];

                /** Port mobilitySeq. */
                mobilitySeq: number;

                /** Port bindings. */
                bindings: trellis.feed.v2.Binding.$Properties[];

                /** Port deviceOwner. */
                deviceOwner: string;

                /** Port deviceId. */
                deviceId: string;

                /**
                 * Creates a new Port instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Port instance
                 */
                static create(properties: trellis.feed.v2.Port.$Shape): trellis.feed.v2.Port & trellis.feed.v2.Port.$Shape;
                static create(properties?: trellis.feed.v2.Port.$Properties): trellis.feed.v2.Port;

                /**
                 * Encodes the specified Port message. Does not implicitly {@link trellis.feed.v2.Port.verify|verify} messages.
                 * @param message Port message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Port.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Port message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Port & trellis.feed.v2.Port.$Shape} Port
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Port & trellis.feed.v2.Port.$Shape;

                /**
                 * Gets the type url for Port
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Port {

                /** Properties of a Port. */
                interface $Properties {

                    /** Port id */
                    id?: (string|null);

                    /** Port networkId */
                    networkId?: (string|null);

                    /** Port macAddress */
                    macAddress?: (string|null);

                    /** Port fixedIps */
                    fixedIps?: (trellis.feed.v2.FixedIp.$Properties[]|null);

                    /** Port mobilitySeq */
                    mobilitySeq?: (number|null);

                    /** Port bindings */
                    bindings?: (trellis.feed.v2.Binding.$Properties[]|null);

                    /** Port deviceOwner */
                    deviceOwner?: (string|null);

                    /** Port deviceId */
                    deviceId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Port. */
                type $Shape = trellis.feed.v2.Port.$Properties;
            }

            /**
             * Properties of a HostRoute.
             * @deprecated Use trellis.feed.v2.HostRoute.$Properties instead.
             */
            interface IHostRoute extends trellis.feed.v2.HostRoute.$Properties {
            }

            /** Represents a HostRoute. */
            class HostRoute {

                /**
                 * Constructs a new HostRoute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.HostRoute.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostRoute destination. */
                destination: string;

                /** HostRoute nexthop. */
                nexthop: string;

                /**
                 * Creates a new HostRoute instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostRoute instance
                 */
                static create(properties: trellis.feed.v2.HostRoute.$Shape): trellis.feed.v2.HostRoute & trellis.feed.v2.HostRoute.$Shape;
                static create(properties?: trellis.feed.v2.HostRoute.$Properties): trellis.feed.v2.HostRoute;

                /**
                 * Encodes the specified HostRoute message. Does not implicitly {@link trellis.feed.v2.HostRoute.verify|verify} messages.
                 * @param message HostRoute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.HostRoute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostRoute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.HostRoute & trellis.feed.v2.HostRoute.$Shape} HostRoute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.HostRoute & trellis.feed.v2.HostRoute.$Shape;

                /**
                 * Gets the type url for HostRoute
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostRoute {

                /** Properties of a HostRoute. */
                interface $Properties {

                    /** HostRoute destination */
                    destination?: (string|null);

                    /** HostRoute nexthop */
                    nexthop?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostRoute. */
                type $Shape = trellis.feed.v2.HostRoute.$Properties;
            }

            /**
             * Properties of a Subnet.
             * @deprecated Use trellis.feed.v2.Subnet.$Properties instead.
             */
            interface ISubnet extends trellis.feed.v2.Subnet.$Properties {
            }

            /** Represents a Subnet. */
            class Subnet {

                /**
                 * Constructs a new Subnet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Subnet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Subnet id. */
                id: string;

                /** Subnet networkId. */
                networkId: string;

                /** Subnet ipVersion. */
                ipVersion: number;

                /** Subnet cidr. */
                cidr: string;

                /** Subnet gatewayIp. */
                gatewayIp: string;

                /** Subnet enableDhcp. */
                enableDhcp: boolean;

                /** Subnet dnsNameservers. */
                dnsNameservers: string[];

                /** Subnet hostRoutes. */
                hostRoutes: trellis.feed.v2.HostRoute.$Properties[];

                /** Subnet ipv6AddressMode. */
                ipv6AddressMode: string;

                /** Subnet ipv6RaMode. */
                ipv6RaMode: string;

                /**
                 * Creates a new Subnet instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Subnet instance
                 */
                static create(properties: trellis.feed.v2.Subnet.$Shape): trellis.feed.v2.Subnet & trellis.feed.v2.Subnet.$Shape;
                static create(properties?: trellis.feed.v2.Subnet.$Properties): trellis.feed.v2.Subnet;

                /**
                 * Encodes the specified Subnet message. Does not implicitly {@link trellis.feed.v2.Subnet.verify|verify} messages.
                 * @param message Subnet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Subnet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subnet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Subnet & trellis.feed.v2.Subnet.$Shape} Subnet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Subnet & trellis.feed.v2.Subnet.$Shape;

                /**
                 * Gets the type url for Subnet
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subnet {

                /** Properties of a Subnet. */
                interface $Properties {

                    /** Subnet id */
                    id?: (string|null);

                    /** Subnet networkId */
                    networkId?: (string|null);

                    /** Subnet ipVersion */
                    ipVersion?: (number|null);

                    /** Subnet cidr */
                    cidr?: (string|null);

                    /** Subnet gatewayIp */
                    gatewayIp?: (string|null);

                    /** Subnet enableDhcp */
                    enableDhcp?: (boolean|null);

                    /** Subnet dnsNameservers */
                    dnsNameservers?: (string[]|null);

                    /** Subnet hostRoutes */
                    hostRoutes?: (trellis.feed.v2.HostRoute.$Properties[]|null);

                    /** Subnet ipv6AddressMode */
                    ipv6AddressMode?: (string|null);

                    /** Subnet ipv6RaMode */
                    ipv6RaMode?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subnet. */
                type $Shape = trellis.feed.v2.Subnet.$Properties;
            }

            /**
             * Properties of a RouterInterface.
             * @deprecated Use trellis.feed.v2.RouterInterface.$Properties instead.
             */
            interface IRouterInterface extends trellis.feed.v2.RouterInterface.$Properties {
            }

            /** Represents a RouterInterface. */
            class RouterInterface {

                /**
                 * Constructs a new RouterInterface.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.RouterInterface.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RouterInterface portId. */
                portId: string;

                /** RouterInterface subnetId. */
                subnetId: string;

                /** RouterInterface networkId. */
                networkId: string;

                /** RouterInterface ipAddress. */
                ipAddress: string;

                /** RouterInterface macAddress. */
                macAddress: string;

                /**
                 * Creates a new RouterInterface instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RouterInterface instance
                 */
                static create(properties: trellis.feed.v2.RouterInterface.$Shape): trellis.feed.v2.RouterInterface & trellis.feed.v2.RouterInterface.$Shape;
                static create(properties?: trellis.feed.v2.RouterInterface.$Properties): trellis.feed.v2.RouterInterface;

                /**
                 * Encodes the specified RouterInterface message. Does not implicitly {@link trellis.feed.v2.RouterInterface.verify|verify} messages.
                 * @param message RouterInterface message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.RouterInterface.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RouterInterface message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.RouterInterface & trellis.feed.v2.RouterInterface.$Shape} RouterInterface
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.RouterInterface & trellis.feed.v2.RouterInterface.$Shape;

                /**
                 * Gets the type url for RouterInterface
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RouterInterface {

                /** Properties of a RouterInterface. */
                interface $Properties {

                    /** RouterInterface portId */
                    portId?: (string|null);

                    /** RouterInterface subnetId */
                    subnetId?: (string|null);

                    /** RouterInterface networkId */
                    networkId?: (string|null);

                    /** RouterInterface ipAddress */
                    ipAddress?: (string|null);

                    /** RouterInterface macAddress */
                    macAddress?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RouterInterface. */
                type $Shape = trellis.feed.v2.RouterInterface.$Properties;
            }

            /**
             * Properties of a Router.
             * @deprecated Use trellis.feed.v2.Router.$Properties instead.
             */
            interface IRouter extends trellis.feed.v2.Router.$Properties {
            }

            /** Represents a Router. */
            class Router {

                /**
                 * Constructs a new Router.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Router.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Router id. */
                id: string;

                /** Router adminStateUp. */
                adminStateUp: boolean;

                /** Router interfaces. */
                interfaces: trellis.feed.v2.RouterInterface.$Properties[];

                /** Router routes. */
                routes: trellis.feed.v2.HostRoute.$Properties[];

                /**
                 * Creates a new Router instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Router instance
                 */
                static create(properties: trellis.feed.v2.Router.$Shape): trellis.feed.v2.Router & trellis.feed.v2.Router.$Shape;
                static create(properties?: trellis.feed.v2.Router.$Properties): trellis.feed.v2.Router;

                /**
                 * Encodes the specified Router message. Does not implicitly {@link trellis.feed.v2.Router.verify|verify} messages.
                 * @param message Router message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Router.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Router message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Router & trellis.feed.v2.Router.$Shape} Router
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Router & trellis.feed.v2.Router.$Shape;

                /**
                 * Gets the type url for Router
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Router {

                /** Properties of a Router. */
                interface $Properties {

                    /** Router id */
                    id?: (string|null);

                    /** Router adminStateUp */
                    adminStateUp?: (boolean|null);

                    /** Router interfaces */
                    interfaces?: (trellis.feed.v2.RouterInterface.$Properties[]|null);

                    /** Router routes */
                    routes?: (trellis.feed.v2.HostRoute.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Router. */
                type $Shape = trellis.feed.v2.Router.$Properties;
            }

            /**
             * Properties of a PortStatus.
             * @deprecated Use trellis.feed.v2.PortStatus.$Properties instead.
             */
            interface IPortStatus extends trellis.feed.v2.PortStatus.$Properties {
            }

            /** Represents a PortStatus. */
            class PortStatus {

                /**
                 * Constructs a new PortStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.PortStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatus id. */
                id: string;

                /** PortStatus status. */
                status: string;

                /**
                 * Creates a new PortStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatus instance
                 */
                static create(properties: trellis.feed.v2.PortStatus.$Shape): trellis.feed.v2.PortStatus & trellis.feed.v2.PortStatus.$Shape;
                static create(properties?: trellis.feed.v2.PortStatus.$Properties): trellis.feed.v2.PortStatus;

                /**
                 * Encodes the specified PortStatus message. Does not implicitly {@link trellis.feed.v2.PortStatus.verify|verify} messages.
                 * @param message PortStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.PortStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.PortStatus & trellis.feed.v2.PortStatus.$Shape} PortStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.PortStatus & trellis.feed.v2.PortStatus.$Shape;

                /**
                 * Gets the type url for PortStatus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatus {

                /** Properties of a PortStatus. */
                interface $Properties {

                    /** PortStatus id */
                    id?: (string|null);

                    /** PortStatus status */
                    status?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatus. */
                type $Shape = trellis.feed.v2.PortStatus.$Properties;
            }

            /**
             * Properties of a HostLiveness.
             * @deprecated Use trellis.feed.v2.HostLiveness.$Properties instead.
             */
            interface IHostLiveness extends trellis.feed.v2.HostLiveness.$Properties {
            }

            /** Represents a HostLiveness. */
            class HostLiveness {

                /**
                 * Constructs a new HostLiveness.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.HostLiveness.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostLiveness id. */
                id: string;

                /** HostLiveness agentState. */
                agentState: string;

                /** HostLiveness agentVersion. */
                agentVersion: string;

                /** HostLiveness lastHeartbeatMs. */
                lastHeartbeatMs: number;

                /**
                 * Creates a new HostLiveness instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostLiveness instance
                 */
                static create(properties: trellis.feed.v2.HostLiveness.$Shape): trellis.feed.v2.HostLiveness & trellis.feed.v2.HostLiveness.$Shape;
                static create(properties?: trellis.feed.v2.HostLiveness.$Properties): trellis.feed.v2.HostLiveness;

                /**
                 * Encodes the specified HostLiveness message. Does not implicitly {@link trellis.feed.v2.HostLiveness.verify|verify} messages.
                 * @param message HostLiveness message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.HostLiveness.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostLiveness message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.HostLiveness & trellis.feed.v2.HostLiveness.$Shape} HostLiveness
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.HostLiveness & trellis.feed.v2.HostLiveness.$Shape;

                /**
                 * Gets the type url for HostLiveness
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostLiveness {

                /** Properties of a HostLiveness. */
                interface $Properties {

                    /** HostLiveness id */
                    id?: (string|null);

                    /** HostLiveness agentState */
                    agentState?: (string|null);

                    /** HostLiveness agentVersion */
                    agentVersion?: (string|null);

                    /** HostLiveness lastHeartbeatMs */
                    lastHeartbeatMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostLiveness. */
                type $Shape = trellis.feed.v2.HostLiveness.$Properties;
            }

            /**
             * Properties of a Resource.
             * @deprecated Use trellis.feed.v2.Resource.$Properties instead.
             */
            interface IResource extends trellis.feed.v2.Resource.$Properties {
            }

            /** Represents a Resource. */
            class Resource {

                /**
                 * Constructs a new Resource.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Resource.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Resource host. */
                host?: (trellis.feed.v2.Host.$Properties|null);

                /** Resource network. */
                network?: (trellis.feed.v2.Network.$Properties|null);

                /** Resource port. */
                port?: (trellis.feed.v2.Port.$Properties|null);

                /** Resource portStatus. */
                portStatus?: (trellis.feed.v2.PortStatus.$Properties|null);

                /** Resource hostLiveness. */
                hostLiveness?: (trellis.feed.v2.HostLiveness.$Properties|null);

                /** Resource subnet. */
                subnet?: (trellis.feed.v2.Subnet.$Properties|null);

                /** Resource router. */
                router?: (trellis.feed.v2.Router.$Properties|null);

                /** Resource body. */
                body?: ("host"|"network"|"port"|"portStatus"|"hostLiveness"|"subnet"|"router");

                /**
                 * Creates a new Resource instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Resource instance
                 */
                static create(properties: trellis.feed.v2.Resource.$Shape): trellis.feed.v2.Resource & trellis.feed.v2.Resource.$Shape;
                static create(properties?: trellis.feed.v2.Resource.$Properties): trellis.feed.v2.Resource;

                /**
                 * Encodes the specified Resource message. Does not implicitly {@link trellis.feed.v2.Resource.verify|verify} messages.
                 * @param message Resource message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Resource message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Resource & trellis.feed.v2.Resource.$Shape} Resource
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Resource & trellis.feed.v2.Resource.$Shape;

                /**
                 * Gets the type url for Resource
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Resource {

                /** Properties of a Resource. */
                interface $Properties {

                    /** Resource host */
                    host?: (trellis.feed.v2.Host.$Properties|null);

                    /** Resource network */
                    network?: (trellis.feed.v2.Network.$Properties|null);

                    /** Resource port */
                    port?: (trellis.feed.v2.Port.$Properties|null);

                    /** Resource portStatus */
                    portStatus?: (trellis.feed.v2.PortStatus.$Properties|null);

                    /** Resource hostLiveness */
                    hostLiveness?: (trellis.feed.v2.HostLiveness.$Properties|null);

                    /** Resource subnet */
                    subnet?: (trellis.feed.v2.Subnet.$Properties|null);

                    /** Resource router */
                    router?: (trellis.feed.v2.Router.$Properties|null);

                    /** Resource body */
                    body?: ("host"|"network"|"port"|"portStatus"|"hostLiveness"|"subnet"|"router");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Resource. */
                type $Shape = {
                  host?: trellis.feed.v2.Host.$Shape|null;
                  network?: trellis.feed.v2.Network.$Shape|null;
                  port?: trellis.feed.v2.Port.$Shape|null;
                  portStatus?: trellis.feed.v2.PortStatus.$Shape|null;
                  hostLiveness?: trellis.feed.v2.HostLiveness.$Shape|null;
                  subnet?: trellis.feed.v2.Subnet.$Shape|null;
                  router?: trellis.feed.v2.Router.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "host"; host: trellis.feed.v2.Host.$Shape; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "network"; host?: null; network: trellis.feed.v2.Network.$Shape; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "port"; host?: null; network?: null; port: trellis.feed.v2.Port.$Shape; portStatus?: null; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "portStatus"; host?: null; network?: null; port?: null; portStatus: trellis.feed.v2.PortStatus.$Shape; hostLiveness?: null; subnet?: null; router?: null }|{ body?: "hostLiveness"; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness: trellis.feed.v2.HostLiveness.$Shape; subnet?: null; router?: null }|{ body?: "subnet"; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet: trellis.feed.v2.Subnet.$Shape; router?: null }|{ body?: "router"; host?: null; network?: null; port?: null; portStatus?: null; hostLiveness?: null; subnet?: null; router: trellis.feed.v2.Router.$Shape })
                );
            }

            /** ChangeType enum. */
            enum ChangeType {

                /** CHANGE_TYPE_UNSPECIFIED value */
                CHANGE_TYPE_UNSPECIFIED = 0,

                /** CHANGE_TYPE_PUT value */
                CHANGE_TYPE_PUT = 1,

                /** CHANGE_TYPE_DELETE value */
                CHANGE_TYPE_DELETE = 2
            }

            /**
             * Properties of a Change.
             * @deprecated Use trellis.feed.v2.Change.$Properties instead.
             */
            interface IChange extends trellis.feed.v2.Change.$Properties {
            }

            /** Represents a Change. */
            class Change {

                /**
                 * Constructs a new Change.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Change.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Change type. */
                type: trellis.feed.v2.ChangeType;

                /** Change kind. */
                kind: trellis.feed.v2.ResourceKind;

                /** Change id. */
                id: string;

                /** Change resource. */
                resource: Uint8Array;

                /**
                 * Creates a new Change instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Change instance
                 */
                static create(properties: trellis.feed.v2.Change.$Shape): trellis.feed.v2.Change & trellis.feed.v2.Change.$Shape;
                static create(properties?: trellis.feed.v2.Change.$Properties): trellis.feed.v2.Change;

                /**
                 * Encodes the specified Change message. Does not implicitly {@link trellis.feed.v2.Change.verify|verify} messages.
                 * @param message Change message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Change.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Change message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Change & trellis.feed.v2.Change.$Shape} Change
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Change & trellis.feed.v2.Change.$Shape;

                /**
                 * Gets the type url for Change
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Change {

                /** Properties of a Change. */
                interface $Properties {

                    /** Change type */
                    type?: (trellis.feed.v2.ChangeType|null);

                    /** Change kind */
                    kind?: (trellis.feed.v2.ResourceKind|null);

                    /** Change id */
                    id?: (string|null);

                    /** Change resource */
                    resource?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Change. */
                type $Shape = trellis.feed.v2.Change.$Properties;
            }

            /**
             * Properties of a Revision.
             * @deprecated Use trellis.feed.v2.Revision.$Properties instead.
             */
            interface IRevision extends trellis.feed.v2.Revision.$Properties {
            }

            /** Represents a Revision. */
            class Revision {

                /**
                 * Constructs a new Revision.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Revision.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Revision revision. */
                revision: number;

                /** Revision timestampMs. */
                timestampMs: number;

                /** Revision changes. */
                changes: trellis.feed.v2.Change.$Properties[];

                /**
                 * Creates a new Revision instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Revision instance
                 */
                static create(properties: trellis.feed.v2.Revision.$Shape): trellis.feed.v2.Revision & trellis.feed.v2.Revision.$Shape;
                static create(properties?: trellis.feed.v2.Revision.$Properties): trellis.feed.v2.Revision;

                /**
                 * Encodes the specified Revision message. Does not implicitly {@link trellis.feed.v2.Revision.verify|verify} messages.
                 * @param message Revision message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Revision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Revision message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Revision & trellis.feed.v2.Revision.$Shape} Revision
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Revision & trellis.feed.v2.Revision.$Shape;

                /**
                 * Gets the type url for Revision
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Revision {

                /** Properties of a Revision. */
                interface $Properties {

                    /** Revision revision */
                    revision?: (number|null);

                    /** Revision timestampMs */
                    timestampMs?: (number|null);

                    /** Revision changes */
                    changes?: (trellis.feed.v2.Change.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Revision. */
                type $Shape = trellis.feed.v2.Revision.$Properties;
            }

            /**
             * Properties of a SnapshotItem.
             * @deprecated Use trellis.feed.v2.SnapshotItem.$Properties instead.
             */
            interface ISnapshotItem extends trellis.feed.v2.SnapshotItem.$Properties {
            }

            /** Represents a SnapshotItem. */
            class SnapshotItem {

                /**
                 * Constructs a new SnapshotItem.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.SnapshotItem.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotItem kind. */
                kind: trellis.feed.v2.ResourceKind;

                /** SnapshotItem id. */
                id: string;

                /** SnapshotItem resource. */
                resource: Uint8Array;

                /**
                 * Creates a new SnapshotItem instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotItem instance
                 */
                static create(properties: trellis.feed.v2.SnapshotItem.$Shape): trellis.feed.v2.SnapshotItem & trellis.feed.v2.SnapshotItem.$Shape;
                static create(properties?: trellis.feed.v2.SnapshotItem.$Properties): trellis.feed.v2.SnapshotItem;

                /**
                 * Encodes the specified SnapshotItem message. Does not implicitly {@link trellis.feed.v2.SnapshotItem.verify|verify} messages.
                 * @param message SnapshotItem message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.SnapshotItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotItem message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.SnapshotItem & trellis.feed.v2.SnapshotItem.$Shape} SnapshotItem
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.SnapshotItem & trellis.feed.v2.SnapshotItem.$Shape;

                /**
                 * Gets the type url for SnapshotItem
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotItem {

                /** Properties of a SnapshotItem. */
                interface $Properties {

                    /** SnapshotItem kind */
                    kind?: (trellis.feed.v2.ResourceKind|null);

                    /** SnapshotItem id */
                    id?: (string|null);

                    /** SnapshotItem resource */
                    resource?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotItem. */
                type $Shape = trellis.feed.v2.SnapshotItem.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use trellis.feed.v2.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends trellis.feed.v2.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk revision. */
                revision: number;

                /** SnapshotChunk items. */
                items: trellis.feed.v2.SnapshotItem.$Properties[];

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: trellis.feed.v2.SnapshotChunk.$Shape): trellis.feed.v2.SnapshotChunk & trellis.feed.v2.SnapshotChunk.$Shape;
                static create(properties?: trellis.feed.v2.SnapshotChunk.$Properties): trellis.feed.v2.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.feed.v2.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.SnapshotChunk & trellis.feed.v2.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.SnapshotChunk & trellis.feed.v2.SnapshotChunk.$Shape;

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk revision */
                    revision?: (number|null);

                    /** SnapshotChunk items */
                    items?: (trellis.feed.v2.SnapshotItem.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = trellis.feed.v2.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a SnapshotEnd.
             * @deprecated Use trellis.feed.v2.SnapshotEnd.$Properties instead.
             */
            interface ISnapshotEnd extends trellis.feed.v2.SnapshotEnd.$Properties {
            }

            /** Represents a SnapshotEnd. */
            class SnapshotEnd {

                /**
                 * Constructs a new SnapshotEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.SnapshotEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotEnd revision. */
                revision: number;

                /** SnapshotEnd itemCount. */
                itemCount: number;

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotEnd instance
                 */
                static create(properties: trellis.feed.v2.SnapshotEnd.$Shape): trellis.feed.v2.SnapshotEnd & trellis.feed.v2.SnapshotEnd.$Shape;
                static create(properties?: trellis.feed.v2.SnapshotEnd.$Properties): trellis.feed.v2.SnapshotEnd;

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.feed.v2.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.SnapshotEnd & trellis.feed.v2.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.SnapshotEnd & trellis.feed.v2.SnapshotEnd.$Shape;

                /**
                 * Gets the type url for SnapshotEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotEnd {

                /** Properties of a SnapshotEnd. */
                interface $Properties {

                    /** SnapshotEnd revision */
                    revision?: (number|null);

                    /** SnapshotEnd itemCount */
                    itemCount?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotEnd. */
                type $Shape = trellis.feed.v2.SnapshotEnd.$Properties;
            }

            /**
             * Properties of a Progress.
             * @deprecated Use trellis.feed.v2.Progress.$Properties instead.
             */
            interface IProgress extends trellis.feed.v2.Progress.$Properties {
            }

            /** Represents a Progress. */
            class Progress {

                /**
                 * Constructs a new Progress.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.Progress.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Progress revision. */
                revision: number;

                /**
                 * Creates a new Progress instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Progress instance
                 */
                static create(properties: trellis.feed.v2.Progress.$Shape): trellis.feed.v2.Progress & trellis.feed.v2.Progress.$Shape;
                static create(properties?: trellis.feed.v2.Progress.$Properties): trellis.feed.v2.Progress;

                /**
                 * Encodes the specified Progress message. Does not implicitly {@link trellis.feed.v2.Progress.verify|verify} messages.
                 * @param message Progress message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.Progress.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Progress message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.Progress & trellis.feed.v2.Progress.$Shape} Progress
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.Progress & trellis.feed.v2.Progress.$Shape;

                /**
                 * Gets the type url for Progress
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Progress {

                /** Properties of a Progress. */
                interface $Properties {

                    /** Progress revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Progress. */
                type $Shape = trellis.feed.v2.Progress.$Properties;
            }

            /**
             * Properties of a WatchResponse.
             * @deprecated Use trellis.feed.v2.WatchResponse.$Properties instead.
             */
            interface IWatchResponse extends trellis.feed.v2.WatchResponse.$Properties {
            }

            /** Represents a WatchResponse. */
            class WatchResponse {

                /**
                 * Constructs a new WatchResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.WatchResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WatchResponse revision. */
                revision?: (trellis.feed.v2.Revision.$Properties|null);

                /** WatchResponse snapshotChunk. */
                snapshotChunk?: (trellis.feed.v2.SnapshotChunk.$Properties|null);

                /** WatchResponse snapshotEnd. */
                snapshotEnd?: (trellis.feed.v2.SnapshotEnd.$Properties|null);

                /** WatchResponse progress. */
                progress?: (trellis.feed.v2.Progress.$Properties|null);

                /** WatchResponse kind. */
                kind?: ("revision"|"snapshotChunk"|"snapshotEnd"|"progress");

                /**
                 * Creates a new WatchResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WatchResponse instance
                 */
                static create(properties: trellis.feed.v2.WatchResponse.$Shape): trellis.feed.v2.WatchResponse & trellis.feed.v2.WatchResponse.$Shape;
                static create(properties?: trellis.feed.v2.WatchResponse.$Properties): trellis.feed.v2.WatchResponse;

                /**
                 * Encodes the specified WatchResponse message. Does not implicitly {@link trellis.feed.v2.WatchResponse.verify|verify} messages.
                 * @param message WatchResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.WatchResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WatchResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.WatchResponse & trellis.feed.v2.WatchResponse.$Shape} WatchResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.WatchResponse & trellis.feed.v2.WatchResponse.$Shape;

                /**
                 * Gets the type url for WatchResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WatchResponse {

                /** Properties of a WatchResponse. */
                interface $Properties {

                    /** WatchResponse revision */
                    revision?: (trellis.feed.v2.Revision.$Properties|null);

                    /** WatchResponse snapshotChunk */
                    snapshotChunk?: (trellis.feed.v2.SnapshotChunk.$Properties|null);

                    /** WatchResponse snapshotEnd */
                    snapshotEnd?: (trellis.feed.v2.SnapshotEnd.$Properties|null);

                    /** WatchResponse progress */
                    progress?: (trellis.feed.v2.Progress.$Properties|null);

                    /** WatchResponse kind */
                    kind?: ("revision"|"snapshotChunk"|"snapshotEnd"|"progress");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a WatchResponse. */
                type $Shape = {
                  revision?: trellis.feed.v2.Revision.$Shape|null;
                  snapshotChunk?: trellis.feed.v2.SnapshotChunk.$Shape|null;
                  snapshotEnd?: trellis.feed.v2.SnapshotEnd.$Shape|null;
                  progress?: trellis.feed.v2.Progress.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "revision"; revision: trellis.feed.v2.Revision.$Shape; snapshotChunk?: null; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotChunk"; revision?: null; snapshotChunk: trellis.feed.v2.SnapshotChunk.$Shape; snapshotEnd?: null; progress?: null }|{ kind?: "snapshotEnd"; revision?: null; snapshotChunk?: null; snapshotEnd: trellis.feed.v2.SnapshotEnd.$Shape; progress?: null }|{ kind?: "progress"; revision?: null; snapshotChunk?: null; snapshotEnd?: null; progress: trellis.feed.v2.Progress.$Shape })
                );
            }

            /** PortWiring enum. */
            enum PortWiring {

                /** PORT_WIRING_UNSPECIFIED value */
                PORT_WIRING_UNSPECIFIED = 0,

                /** PORT_WIRING_WIRED value */
                PORT_WIRING_WIRED = 1,

                /** PORT_WIRING_UNWIRED value */
                PORT_WIRING_UNWIRED = 2,

                /** PORT_WIRING_ERROR value */
                PORT_WIRING_ERROR = 3
            }

            /**
             * Properties of a PortStatusReport.
             * @deprecated Use trellis.feed.v2.PortStatusReport.$Properties instead.
             */
            interface IPortStatusReport extends trellis.feed.v2.PortStatusReport.$Properties {
            }

            /** Represents a PortStatusReport. */
            class PortStatusReport {

                /**
                 * Constructs a new PortStatusReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.PortStatusReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusReport portId. */
                portId: string;

                /** PortStatusReport hostId. */
                hostId: string;

                /** PortStatusReport wiring. */
                wiring: trellis.feed.v2.PortWiring;

                /** PortStatusReport detail. */
                detail: string;

                /**
                 * Creates a new PortStatusReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusReport instance
                 */
                static create(properties: trellis.feed.v2.PortStatusReport.$Shape): trellis.feed.v2.PortStatusReport & trellis.feed.v2.PortStatusReport.$Shape;
                static create(properties?: trellis.feed.v2.PortStatusReport.$Properties): trellis.feed.v2.PortStatusReport;

                /**
                 * Encodes the specified PortStatusReport message. Does not implicitly {@link trellis.feed.v2.PortStatusReport.verify|verify} messages.
                 * @param message PortStatusReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.PortStatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.PortStatusReport & trellis.feed.v2.PortStatusReport.$Shape} PortStatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.PortStatusReport & trellis.feed.v2.PortStatusReport.$Shape;

                /**
                 * Gets the type url for PortStatusReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusReport {

                /** Properties of a PortStatusReport. */
                interface $Properties {

                    /** PortStatusReport portId */
                    portId?: (string|null);

                    /** PortStatusReport hostId */
                    hostId?: (string|null);

                    /** PortStatusReport wiring */
                    wiring?: (trellis.feed.v2.PortWiring|null);

                    /** PortStatusReport detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusReport. */
                type $Shape = trellis.feed.v2.PortStatusReport.$Properties;
            }

            /**
             * Properties of a PortStatusReports.
             * @deprecated Use trellis.feed.v2.PortStatusReports.$Properties instead.
             */
            interface IPortStatusReports extends trellis.feed.v2.PortStatusReports.$Properties {
            }

            /** Represents a PortStatusReports. */
            class PortStatusReports {

                /**
                 * Constructs a new PortStatusReports.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.PortStatusReports.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusReports reports. */
                reports: trellis.feed.v2.PortStatusReport.$Properties[];

                /**
                 * Creates a new PortStatusReports instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusReports instance
                 */
                static create(properties: trellis.feed.v2.PortStatusReports.$Shape): trellis.feed.v2.PortStatusReports & trellis.feed.v2.PortStatusReports.$Shape;
                static create(properties?: trellis.feed.v2.PortStatusReports.$Properties): trellis.feed.v2.PortStatusReports;

                /**
                 * Encodes the specified PortStatusReports message. Does not implicitly {@link trellis.feed.v2.PortStatusReports.verify|verify} messages.
                 * @param message PortStatusReports message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.PortStatusReports.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusReports message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.PortStatusReports & trellis.feed.v2.PortStatusReports.$Shape} PortStatusReports
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.PortStatusReports & trellis.feed.v2.PortStatusReports.$Shape;

                /**
                 * Gets the type url for PortStatusReports
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusReports {

                /** Properties of a PortStatusReports. */
                interface $Properties {

                    /** PortStatusReports reports */
                    reports?: (trellis.feed.v2.PortStatusReport.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusReports. */
                type $Shape = trellis.feed.v2.PortStatusReports.$Properties;
            }

            /**
             * Properties of a HostLivenessReport.
             * @deprecated Use trellis.feed.v2.HostLivenessReport.$Properties instead.
             */
            interface IHostLivenessReport extends trellis.feed.v2.HostLivenessReport.$Properties {
            }

            /** Represents a HostLivenessReport. */
            class HostLivenessReport {

                /**
                 * Constructs a new HostLivenessReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.HostLivenessReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostLivenessReport hostId. */
                hostId: string;

                /** HostLivenessReport connected. */
                connected: boolean;

                /** HostLivenessReport agentVersion. */
                agentVersion: string;

                /** HostLivenessReport lastSeenMs. */
                lastSeenMs: number;

                /** HostLivenessReport controllerId. */
                controllerId: string;

                /**
                 * Creates a new HostLivenessReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostLivenessReport instance
                 */
                static create(properties: trellis.feed.v2.HostLivenessReport.$Shape): trellis.feed.v2.HostLivenessReport & trellis.feed.v2.HostLivenessReport.$Shape;
                static create(properties?: trellis.feed.v2.HostLivenessReport.$Properties): trellis.feed.v2.HostLivenessReport;

                /**
                 * Encodes the specified HostLivenessReport message. Does not implicitly {@link trellis.feed.v2.HostLivenessReport.verify|verify} messages.
                 * @param message HostLivenessReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.HostLivenessReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostLivenessReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.HostLivenessReport & trellis.feed.v2.HostLivenessReport.$Shape} HostLivenessReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.HostLivenessReport & trellis.feed.v2.HostLivenessReport.$Shape;

                /**
                 * Gets the type url for HostLivenessReport
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostLivenessReport {

                /** Properties of a HostLivenessReport. */
                interface $Properties {

                    /** HostLivenessReport hostId */
                    hostId?: (string|null);

                    /** HostLivenessReport connected */
                    connected?: (boolean|null);

                    /** HostLivenessReport agentVersion */
                    agentVersion?: (string|null);

                    /** HostLivenessReport lastSeenMs */
                    lastSeenMs?: (number|null);

                    /** HostLivenessReport controllerId */
                    controllerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostLivenessReport. */
                type $Shape = trellis.feed.v2.HostLivenessReport.$Properties;
            }

            /**
             * Properties of a ReportRequest.
             * @deprecated Use trellis.feed.v2.ReportRequest.$Properties instead.
             */
            interface IReportRequest extends trellis.feed.v2.ReportRequest.$Properties {
            }

            /** Represents a ReportRequest. */
            class ReportRequest {

                /**
                 * Constructs a new ReportRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.ReportRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportRequest id. */
                id: number;

                /** ReportRequest portStatuses. */
                portStatuses?: (trellis.feed.v2.PortStatusReports.$Properties|null);

                /** ReportRequest hostLiveness. */
                hostLiveness?: (trellis.feed.v2.HostLivenessReport.$Properties|null);

                /** ReportRequest body. */
                body?: ("portStatuses"|"hostLiveness");

                /**
                 * Creates a new ReportRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportRequest instance
                 */
                static create(properties: trellis.feed.v2.ReportRequest.$Shape): trellis.feed.v2.ReportRequest & trellis.feed.v2.ReportRequest.$Shape;
                static create(properties?: trellis.feed.v2.ReportRequest.$Properties): trellis.feed.v2.ReportRequest;

                /**
                 * Encodes the specified ReportRequest message. Does not implicitly {@link trellis.feed.v2.ReportRequest.verify|verify} messages.
                 * @param message ReportRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.ReportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.ReportRequest & trellis.feed.v2.ReportRequest.$Shape} ReportRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.ReportRequest & trellis.feed.v2.ReportRequest.$Shape;

                /**
                 * Gets the type url for ReportRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportRequest {

                /** Properties of a ReportRequest. */
                interface $Properties {

                    /** ReportRequest id */
                    id?: (number|null);

                    /** ReportRequest portStatuses */
                    portStatuses?: (trellis.feed.v2.PortStatusReports.$Properties|null);

                    /** ReportRequest hostLiveness */
                    hostLiveness?: (trellis.feed.v2.HostLivenessReport.$Properties|null);

                    /** ReportRequest body */
                    body?: ("portStatuses"|"hostLiveness");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ReportRequest. */
                type $Shape = {
                  id?: number|null;
                  portStatuses?: trellis.feed.v2.PortStatusReports.$Shape|null;
                  hostLiveness?: trellis.feed.v2.HostLivenessReport.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ body?: undefined; portStatuses?: null; hostLiveness?: null }|{ body?: "portStatuses"; portStatuses: trellis.feed.v2.PortStatusReports.$Shape; hostLiveness?: null }|{ body?: "hostLiveness"; portStatuses?: null; hostLiveness: trellis.feed.v2.HostLivenessReport.$Shape })
                );
            }

            /**
             * Properties of a ReportResponse.
             * @deprecated Use trellis.feed.v2.ReportResponse.$Properties instead.
             */
            interface IReportResponse extends trellis.feed.v2.ReportResponse.$Properties {
            }

            /** Represents a ReportResponse. */
            class ReportResponse {

                /**
                 * Constructs a new ReportResponse.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.feed.v2.ReportResponse.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReportResponse id. */
                id: number;

                /** ReportResponse revisions. */
                revisions: number[];

                /** ReportResponse code. */
                code: number;

                /** ReportResponse message. */
                message: string;

                /** ReportResponse errorType. */
                errorType: string;

                /** ReportResponse errorParamsJson. */
                errorParamsJson: string;

                /**
                 * Creates a new ReportResponse instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReportResponse instance
                 */
                static create(properties: trellis.feed.v2.ReportResponse.$Shape): trellis.feed.v2.ReportResponse & trellis.feed.v2.ReportResponse.$Shape;
                static create(properties?: trellis.feed.v2.ReportResponse.$Properties): trellis.feed.v2.ReportResponse;

                /**
                 * Encodes the specified ReportResponse message. Does not implicitly {@link trellis.feed.v2.ReportResponse.verify|verify} messages.
                 * @param message ReportResponse message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.feed.v2.ReportResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReportResponse message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.feed.v2.ReportResponse & trellis.feed.v2.ReportResponse.$Shape} ReportResponse
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.feed.v2.ReportResponse & trellis.feed.v2.ReportResponse.$Shape;

                /**
                 * Gets the type url for ReportResponse
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReportResponse {

                /** Properties of a ReportResponse. */
                interface $Properties {

                    /** ReportResponse id */
                    id?: (number|null);

                    /** ReportResponse revisions */
                    revisions?: (number[]|null);

                    /** ReportResponse code */
                    code?: (number|null);

                    /** ReportResponse message */
                    message?: (string|null);

                    /** ReportResponse errorType */
                    errorType?: (string|null);

                    /** ReportResponse errorParamsJson */
                    errorParamsJson?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReportResponse. */
                type $Shape = trellis.feed.v2.ReportResponse.$Properties;
            }
        }
    }

    /** Namespace l2. */
    namespace l2 {

        /** Namespace v1. */
        namespace v1 {

            /** Represents a Distribution */
            class Distribution extends $protobuf.rpc.Service {

                /**
                 * Constructs a new Distribution service.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 */
                constructor(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean);

                /**
                 * Creates new Distribution service using the specified rpc implementation.
                 * @param rpcImpl RPC implementation
                 * @param [requestDelimited=false] Whether requests are length-delimited
                 * @param [responseDelimited=false] Whether responses are length-delimited
                 * @returns RPC service. Useful where requests and/or responses are streamed.
                 */
                static create(rpcImpl: $protobuf.RPCImpl, requestDelimited?: boolean, responseDelimited?: boolean): Distribution;

                /** Calls Stream. */
                stream: trellis.l2.v1.Distribution.Stream;
            }

            namespace Distribution {

                /**
                 * Callback as used by {@link trellis.l2.v1.Distribution#stream}.
                 * @param error Error, if any
                 * @param [response] ControllerMessage
                 */
                type StreamCallback = (error: (Error|null), response?: trellis.l2.v1.ControllerMessage) => void;

                /** Calls Stream. */
                type Stream = {
                  (request: trellis.l2.v1.IHostMessage, callback: trellis.l2.v1.Distribution.StreamCallback): void;
                  (request: trellis.l2.v1.IHostMessage): Promise<trellis.l2.v1.ControllerMessage>;
                  readonly name: "Stream";
                  readonly path: "/trellis.l2.v1.Distribution/Stream";
                  readonly requestType: "HostMessage";
                  readonly responseType: "ControllerMessage";
                  readonly requestStream: true;
                  readonly responseStream: true;
                };
            }

            /**
             * Properties of a ResumeToken.
             * @deprecated Use trellis.l2.v1.ResumeToken.$Properties instead.
             */
            interface IResumeToken extends trellis.l2.v1.ResumeToken.$Properties {
            }

            /** Represents a ResumeToken. */
            class ResumeToken {

                /**
                 * Constructs a new ResumeToken.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.ResumeToken.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ResumeToken epoch. */
                epoch: string;

                /** ResumeToken revision. */
                revision: number;

                /** ResumeToken subscriptionVersion. */
                subscriptionVersion: number;

                /**
                 * Creates a new ResumeToken instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ResumeToken instance
                 */
                static create(properties: trellis.l2.v1.ResumeToken.$Shape): trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape;
                static create(properties?: trellis.l2.v1.ResumeToken.$Properties): trellis.l2.v1.ResumeToken;

                /**
                 * Encodes the specified ResumeToken message. Does not implicitly {@link trellis.l2.v1.ResumeToken.verify|verify} messages.
                 * @param message ResumeToken message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.ResumeToken.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ResumeToken message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape} ResumeToken
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.ResumeToken & trellis.l2.v1.ResumeToken.$Shape;

                /**
                 * Gets the type url for ResumeToken
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ResumeToken {

                /** Properties of a ResumeToken. */
                interface $Properties {

                    /** ResumeToken epoch */
                    epoch?: (string|null);

                    /** ResumeToken revision */
                    revision?: (number|null);

                    /** ResumeToken subscriptionVersion */
                    subscriptionVersion?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ResumeToken. */
                type $Shape = trellis.l2.v1.ResumeToken.$Properties;
            }

            /**
             * Properties of a Hello.
             * @deprecated Use trellis.l2.v1.Hello.$Properties instead.
             */
            interface IHello extends trellis.l2.v1.Hello.$Properties {
            }

            /** Represents a Hello. */
            class Hello {

                /**
                 * Constructs a new Hello.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Hello.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Hello hostId. */
                hostId: string;

                /** Hello vtep. */
                vtep: Uint8Array;

                /** Hello agentVersion. */
                agentVersion: string;

                /** Hello resume. */
                resume?: (trellis.l2.v1.ResumeToken.$Properties|null);

                /**
                 * Creates a new Hello instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Hello instance
                 */
                static create(properties: trellis.l2.v1.Hello.$Shape): trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape;
                static create(properties?: trellis.l2.v1.Hello.$Properties): trellis.l2.v1.Hello;

                /**
                 * Encodes the specified Hello message. Does not implicitly {@link trellis.l2.v1.Hello.verify|verify} messages.
                 * @param message Hello message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Hello message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape} Hello
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Hello & trellis.l2.v1.Hello.$Shape;

                /**
                 * Gets the type url for Hello
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Hello {

                /** Properties of a Hello. */
                interface $Properties {

                    /** Hello hostId */
                    hostId?: (string|null);

                    /** Hello vtep */
                    vtep?: (Uint8Array|null);

                    /** Hello agentVersion */
                    agentVersion?: (string|null);

                    /** Hello resume */
                    resume?: (trellis.l2.v1.ResumeToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Hello. */
                type $Shape = trellis.l2.v1.Hello.$Properties;
            }

            /**
             * Properties of an Ack.
             * @deprecated Use trellis.l2.v1.Ack.$Properties instead.
             */
            interface IAck extends trellis.l2.v1.Ack.$Properties {
            }

            /** Represents an Ack. */
            class Ack {

                /**
                 * Constructs a new Ack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Ack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Ack nonce. */
                nonce: string;

                /** Ack revision. */
                revision: number;

                /**
                 * Creates a new Ack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Ack instance
                 */
                static create(properties: trellis.l2.v1.Ack.$Shape): trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape;
                static create(properties?: trellis.l2.v1.Ack.$Properties): trellis.l2.v1.Ack;

                /**
                 * Encodes the specified Ack message. Does not implicitly {@link trellis.l2.v1.Ack.verify|verify} messages.
                 * @param message Ack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an Ack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape} Ack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Ack & trellis.l2.v1.Ack.$Shape;

                /**
                 * Gets the type url for Ack
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Ack {

                /** Properties of an Ack. */
                interface $Properties {

                    /** Ack nonce */
                    nonce?: (string|null);

                    /** Ack revision */
                    revision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an Ack. */
                type $Shape = trellis.l2.v1.Ack.$Properties;
            }

            /**
             * Properties of a Nack.
             * @deprecated Use trellis.l2.v1.Nack.$Properties instead.
             */
            interface INack extends trellis.l2.v1.Nack.$Properties {
            }

            /** Represents a Nack. */
            class Nack {

                /**
                 * Constructs a new Nack.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Nack.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Nack nonce. */
                nonce: string;

                /** Nack revision. */
                revision: number;

                /** Nack errorDetail. */
                errorDetail: string;

                /** Nack vnis. */
                vnis: number[];

                /**
                 * Creates a new Nack instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Nack instance
                 */
                static create(properties: trellis.l2.v1.Nack.$Shape): trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape;
                static create(properties?: trellis.l2.v1.Nack.$Properties): trellis.l2.v1.Nack;

                /**
                 * Encodes the specified Nack message. Does not implicitly {@link trellis.l2.v1.Nack.verify|verify} messages.
                 * @param message Nack message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Nack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Nack message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape} Nack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Nack & trellis.l2.v1.Nack.$Shape;

                /**
                 * Gets the type url for Nack
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Nack {

                /** Properties of a Nack. */
                interface $Properties {

                    /** Nack nonce */
                    nonce?: (string|null);

                    /** Nack revision */
                    revision?: (number|null);

                    /** Nack errorDetail */
                    errorDetail?: (string|null);

                    /** Nack vnis */
                    vnis?: (number[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Nack. */
                type $Shape = trellis.l2.v1.Nack.$Properties;
            }

            /** Wiring enum. */
            enum Wiring {

                /** WIRING_UNSPECIFIED value */
                WIRING_UNSPECIFIED = 0,

                /** WIRING_WIRED value */
                WIRING_WIRED = 1,

                /** WIRING_UNWIRED value */
                WIRING_UNWIRED = 2,

                /** WIRING_ERROR value */
                WIRING_ERROR = 3
            }

            /**
             * Properties of a PortStatus.
             * @deprecated Use trellis.l2.v1.PortStatus.$Properties instead.
             */
            interface IPortStatus extends trellis.l2.v1.PortStatus.$Properties {
            }

            /** Represents a PortStatus. */
            class PortStatus {

                /**
                 * Constructs a new PortStatus.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.PortStatus.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatus portId. */
                portId: string;

                /** PortStatus wiring. */
                wiring: trellis.l2.v1.Wiring;

                /** PortStatus detail. */
                detail: string;

                /**
                 * Creates a new PortStatus instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatus instance
                 */
                static create(properties: trellis.l2.v1.PortStatus.$Shape): trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape;
                static create(properties?: trellis.l2.v1.PortStatus.$Properties): trellis.l2.v1.PortStatus;

                /**
                 * Encodes the specified PortStatus message. Does not implicitly {@link trellis.l2.v1.PortStatus.verify|verify} messages.
                 * @param message PortStatus message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.PortStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatus message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape} PortStatus
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.PortStatus & trellis.l2.v1.PortStatus.$Shape;

                /**
                 * Gets the type url for PortStatus
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatus {

                /** Properties of a PortStatus. */
                interface $Properties {

                    /** PortStatus portId */
                    portId?: (string|null);

                    /** PortStatus wiring */
                    wiring?: (trellis.l2.v1.Wiring|null);

                    /** PortStatus detail */
                    detail?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatus. */
                type $Shape = trellis.l2.v1.PortStatus.$Properties;
            }

            /**
             * Properties of a PortStatusBatch.
             * @deprecated Use trellis.l2.v1.PortStatusBatch.$Properties instead.
             */
            interface IPortStatusBatch extends trellis.l2.v1.PortStatusBatch.$Properties {
            }

            /** Represents a PortStatusBatch. */
            class PortStatusBatch {

                /**
                 * Constructs a new PortStatusBatch.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.PortStatusBatch.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PortStatusBatch statuses. */
                statuses: trellis.l2.v1.PortStatus.$Properties[];

                /**
                 * Creates a new PortStatusBatch instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PortStatusBatch instance
                 */
                static create(properties: trellis.l2.v1.PortStatusBatch.$Shape): trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape;
                static create(properties?: trellis.l2.v1.PortStatusBatch.$Properties): trellis.l2.v1.PortStatusBatch;

                /**
                 * Encodes the specified PortStatusBatch message. Does not implicitly {@link trellis.l2.v1.PortStatusBatch.verify|verify} messages.
                 * @param message PortStatusBatch message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.PortStatusBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PortStatusBatch message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape} PortStatusBatch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.PortStatusBatch & trellis.l2.v1.PortStatusBatch.$Shape;

                /**
                 * Gets the type url for PortStatusBatch
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PortStatusBatch {

                /** Properties of a PortStatusBatch. */
                interface $Properties {

                    /** PortStatusBatch statuses */
                    statuses?: (trellis.l2.v1.PortStatus.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PortStatusBatch. */
                type $Shape = trellis.l2.v1.PortStatusBatch.$Properties;
            }

            /**
             * Properties of a VniDigest.
             * @deprecated Use trellis.l2.v1.VniDigest.$Properties instead.
             */
            interface IVniDigest extends trellis.l2.v1.VniDigest.$Properties {
            }

            /** Represents a VniDigest. */
            class VniDigest {

                /**
                 * Constructs a new VniDigest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.VniDigest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VniDigest vni. */
                vni: number;

                /** VniDigest digest. */
                digest: number;

                /** VniDigest entries. */
                entries: number;

                /**
                 * Creates a new VniDigest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VniDigest instance
                 */
                static create(properties: trellis.l2.v1.VniDigest.$Shape): trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape;
                static create(properties?: trellis.l2.v1.VniDigest.$Properties): trellis.l2.v1.VniDigest;

                /**
                 * Encodes the specified VniDigest message. Does not implicitly {@link trellis.l2.v1.VniDigest.verify|verify} messages.
                 * @param message VniDigest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.VniDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VniDigest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape} VniDigest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.VniDigest & trellis.l2.v1.VniDigest.$Shape;

                /**
                 * Gets the type url for VniDigest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VniDigest {

                /** Properties of a VniDigest. */
                interface $Properties {

                    /** VniDigest vni */
                    vni?: (number|null);

                    /** VniDigest digest */
                    digest?: (number|null);

                    /** VniDigest entries */
                    entries?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VniDigest. */
                type $Shape = trellis.l2.v1.VniDigest.$Properties;
            }

            /**
             * Properties of a RouterDigest.
             * @deprecated Use trellis.l2.v1.RouterDigest.$Properties instead.
             */
            interface IRouterDigest extends trellis.l2.v1.RouterDigest.$Properties {
            }

            /** Represents a RouterDigest. */
            class RouterDigest {

                /**
                 * Constructs a new RouterDigest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.RouterDigest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RouterDigest routerId. */
                routerId: string;

                /** RouterDigest digest. */
                digest: number;

                /**
                 * Creates a new RouterDigest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RouterDigest instance
                 */
                static create(properties: trellis.l2.v1.RouterDigest.$Shape): trellis.l2.v1.RouterDigest & trellis.l2.v1.RouterDigest.$Shape;
                static create(properties?: trellis.l2.v1.RouterDigest.$Properties): trellis.l2.v1.RouterDigest;

                /**
                 * Encodes the specified RouterDigest message. Does not implicitly {@link trellis.l2.v1.RouterDigest.verify|verify} messages.
                 * @param message RouterDigest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.RouterDigest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RouterDigest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterDigest & trellis.l2.v1.RouterDigest.$Shape} RouterDigest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.RouterDigest & trellis.l2.v1.RouterDigest.$Shape;

                /**
                 * Gets the type url for RouterDigest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RouterDigest {

                /** Properties of a RouterDigest. */
                interface $Properties {

                    /** RouterDigest routerId */
                    routerId?: (string|null);

                    /** RouterDigest digest */
                    digest?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RouterDigest. */
                type $Shape = trellis.l2.v1.RouterDigest.$Properties;
            }

            /**
             * Properties of a Digests.
             * @deprecated Use trellis.l2.v1.Digests.$Properties instead.
             */
            interface IDigests extends trellis.l2.v1.Digests.$Properties {
            }

            /** Represents a Digests. */
            class Digests {

                /**
                 * Constructs a new Digests.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Digests.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Digests revision. */
                revision: number;

                /** Digests vnis. */
                vnis: trellis.l2.v1.VniDigest.$Properties[];

                /** Digests routers. */
                routers: trellis.l2.v1.RouterDigest.$Properties[];

                /** Digests routersIncluded. */
                routersIncluded: boolean;

                /**
                 * Creates a new Digests instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Digests instance
                 */
                static create(properties: trellis.l2.v1.Digests.$Shape): trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape;
                static create(properties?: trellis.l2.v1.Digests.$Properties): trellis.l2.v1.Digests;

                /**
                 * Encodes the specified Digests message. Does not implicitly {@link trellis.l2.v1.Digests.verify|verify} messages.
                 * @param message Digests message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Digests.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Digests message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape} Digests
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Digests & trellis.l2.v1.Digests.$Shape;

                /**
                 * Gets the type url for Digests
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Digests {

                /** Properties of a Digests. */
                interface $Properties {

                    /** Digests revision */
                    revision?: (number|null);

                    /** Digests vnis */
                    vnis?: (trellis.l2.v1.VniDigest.$Properties[]|null);

                    /** Digests routers */
                    routers?: (trellis.l2.v1.RouterDigest.$Properties[]|null);

                    /** Digests routersIncluded */
                    routersIncluded?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Digests. */
                type $Shape = trellis.l2.v1.Digests.$Properties;
            }

            /**
             * Properties of a HostMessage.
             * @deprecated Use trellis.l2.v1.HostMessage.$Properties instead.
             */
            interface IHostMessage extends trellis.l2.v1.HostMessage.$Properties {
            }

            /** Represents a HostMessage. */
            class HostMessage {

                /**
                 * Constructs a new HostMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.HostMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostMessage hello. */
                hello?: (trellis.l2.v1.Hello.$Properties|null);

                /** HostMessage ack. */
                ack?: (trellis.l2.v1.Ack.$Properties|null);

                /** HostMessage nack. */
                nack?: (trellis.l2.v1.Nack.$Properties|null);

                /** HostMessage digests. */
                digests?: (trellis.l2.v1.Digests.$Properties|null);

                /** HostMessage portStatuses. */
                portStatuses?: (trellis.l2.v1.PortStatusBatch.$Properties|null);

                /** HostMessage kind. */
                kind?: ("hello"|"ack"|"nack"|"digests"|"portStatuses");

                /**
                 * Creates a new HostMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostMessage instance
                 */
                static create(properties: trellis.l2.v1.HostMessage.$Shape): trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape;
                static create(properties?: trellis.l2.v1.HostMessage.$Properties): trellis.l2.v1.HostMessage;

                /**
                 * Encodes the specified HostMessage message. Does not implicitly {@link trellis.l2.v1.HostMessage.verify|verify} messages.
                 * @param message HostMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.HostMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape} HostMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.HostMessage & trellis.l2.v1.HostMessage.$Shape;

                /**
                 * Gets the type url for HostMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostMessage {

                /** Properties of a HostMessage. */
                interface $Properties {

                    /** HostMessage hello */
                    hello?: (trellis.l2.v1.Hello.$Properties|null);

                    /** HostMessage ack */
                    ack?: (trellis.l2.v1.Ack.$Properties|null);

                    /** HostMessage nack */
                    nack?: (trellis.l2.v1.Nack.$Properties|null);

                    /** HostMessage digests */
                    digests?: (trellis.l2.v1.Digests.$Properties|null);

                    /** HostMessage portStatuses */
                    portStatuses?: (trellis.l2.v1.PortStatusBatch.$Properties|null);

                    /** HostMessage kind */
                    kind?: ("hello"|"ack"|"nack"|"digests"|"portStatuses");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a HostMessage. */
                type $Shape = {
                  hello?: trellis.l2.v1.Hello.$Shape|null;
                  ack?: trellis.l2.v1.Ack.$Shape|null;
                  nack?: trellis.l2.v1.Nack.$Shape|null;
                  digests?: trellis.l2.v1.Digests.$Shape|null;
                  portStatuses?: trellis.l2.v1.PortStatusBatch.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; hello?: null; ack?: null; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "hello"; hello: trellis.l2.v1.Hello.$Shape; ack?: null; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "ack"; hello?: null; ack: trellis.l2.v1.Ack.$Shape; nack?: null; digests?: null; portStatuses?: null }|{ kind?: "nack"; hello?: null; ack?: null; nack: trellis.l2.v1.Nack.$Shape; digests?: null; portStatuses?: null }|{ kind?: "digests"; hello?: null; ack?: null; nack?: null; digests: trellis.l2.v1.Digests.$Shape; portStatuses?: null }|{ kind?: "portStatuses"; hello?: null; ack?: null; nack?: null; digests?: null; portStatuses: trellis.l2.v1.PortStatusBatch.$Shape })
                );
            }

            /**
             * Properties of a LocalPort.
             * @deprecated Use trellis.l2.v1.LocalPort.$Properties instead.
             */
            interface ILocalPort extends trellis.l2.v1.LocalPort.$Properties {
            }

            /** Represents a LocalPort. */
            class LocalPort {

                /**
                 * Constructs a new LocalPort.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.LocalPort.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LocalPort portId. */
                portId: string;

                /** LocalPort mac. */
                mac: Uint8Array;

                /** LocalPort ips. */
                ips: Uint8Array[];

                /** LocalPort mtu. */
                mtu: number;

                /** LocalPort inactive. */
                inactive: boolean;

                /** LocalPort seq. */
                seq: number;

                /** LocalPort networkId. */
                networkId: string;

                /** LocalPort portSecurityEnabled. */
                portSecurityEnabled?: (boolean|null);

                /**
                 * Creates a new LocalPort instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LocalPort instance
                 */
                static create(properties: trellis.l2.v1.LocalPort.$Shape): trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape;
                static create(properties?: trellis.l2.v1.LocalPort.$Properties): trellis.l2.v1.LocalPort;

                /**
                 * Encodes the specified LocalPort message. Does not implicitly {@link trellis.l2.v1.LocalPort.verify|verify} messages.
                 * @param message LocalPort message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.LocalPort.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LocalPort message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape} LocalPort
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.LocalPort & trellis.l2.v1.LocalPort.$Shape;

                /**
                 * Gets the type url for LocalPort
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace LocalPort {

                /** Properties of a LocalPort. */
                interface $Properties {

                    /** LocalPort portId */
                    portId?: (string|null);

                    /** LocalPort mac */
                    mac?: (Uint8Array|null);

                    /** LocalPort ips */
                    ips?: (Uint8Array[]|null);

                    /** LocalPort mtu */
                    mtu?: (number|null);

                    /** LocalPort inactive */
                    inactive?: (boolean|null);

                    /** LocalPort seq */
                    seq?: (number|null);

                    /** LocalPort networkId */
                    networkId?: (string|null);

                    /** LocalPort portSecurityEnabled */
                    portSecurityEnabled?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a LocalPort. */
                type $Shape = trellis.l2.v1.LocalPort.$Properties;
            }

            /**
             * Properties of a Subnet.
             * @deprecated Use trellis.l2.v1.Subnet.$Properties instead.
             */
            interface ISubnet extends trellis.l2.v1.Subnet.$Properties {
            }

            /** Represents a Subnet. */
            class Subnet {

                /**
                 * Constructs a new Subnet.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Subnet.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Subnet id. */
                id: string;

                /** Subnet ipVersion. */
                ipVersion: number;

                /** Subnet cidr. */
                cidr: string;

                /** Subnet gatewayIp. */
                gatewayIp: Uint8Array;

                /** Subnet enableDhcp. */
                enableDhcp: boolean;

                /** Subnet dnsNameservers. */
                dnsNameservers: Uint8Array[];

                /** Subnet hostRoutes. */
                hostRoutes: trellis.l2.v1.HostRoute.$Properties[];

                /** Subnet ipv6AddressMode. */
                ipv6AddressMode: string;

                /** Subnet ipv6RaMode. */
                ipv6RaMode: string;

                /** Subnet dhcpServerIp. */
                dhcpServerIp: Uint8Array;

                /** Subnet dhcpServerMac. */
                dhcpServerMac: Uint8Array;

                /**
                 * Creates a new Subnet instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Subnet instance
                 */
                static create(properties: trellis.l2.v1.Subnet.$Shape): trellis.l2.v1.Subnet & trellis.l2.v1.Subnet.$Shape;
                static create(properties?: trellis.l2.v1.Subnet.$Properties): trellis.l2.v1.Subnet;

                /**
                 * Encodes the specified Subnet message. Does not implicitly {@link trellis.l2.v1.Subnet.verify|verify} messages.
                 * @param message Subnet message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Subnet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Subnet message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Subnet & trellis.l2.v1.Subnet.$Shape} Subnet
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Subnet & trellis.l2.v1.Subnet.$Shape;

                /**
                 * Gets the type url for Subnet
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Subnet {

                /** Properties of a Subnet. */
                interface $Properties {

                    /** Subnet id */
                    id?: (string|null);

                    /** Subnet ipVersion */
                    ipVersion?: (number|null);

                    /** Subnet cidr */
                    cidr?: (string|null);

                    /** Subnet gatewayIp */
                    gatewayIp?: (Uint8Array|null);

                    /** Subnet enableDhcp */
                    enableDhcp?: (boolean|null);

                    /** Subnet dnsNameservers */
                    dnsNameservers?: (Uint8Array[]|null);

                    /** Subnet hostRoutes */
                    hostRoutes?: (trellis.l2.v1.HostRoute.$Properties[]|null);

                    /** Subnet ipv6AddressMode */
                    ipv6AddressMode?: (string|null);

                    /** Subnet ipv6RaMode */
                    ipv6RaMode?: (string|null);

                    /** Subnet dhcpServerIp */
                    dhcpServerIp?: (Uint8Array|null);

                    /** Subnet dhcpServerMac */
                    dhcpServerMac?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Subnet. */
                type $Shape = trellis.l2.v1.Subnet.$Properties;
            }

            /**
             * Properties of a HostRoute.
             * @deprecated Use trellis.l2.v1.HostRoute.$Properties instead.
             */
            interface IHostRoute extends trellis.l2.v1.HostRoute.$Properties {
            }

            /** Represents a HostRoute. */
            class HostRoute {

                /**
                 * Constructs a new HostRoute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.HostRoute.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** HostRoute destination. */
                destination: string;

                /** HostRoute nexthop. */
                nexthop: Uint8Array;

                /**
                 * Creates a new HostRoute instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns HostRoute instance
                 */
                static create(properties: trellis.l2.v1.HostRoute.$Shape): trellis.l2.v1.HostRoute & trellis.l2.v1.HostRoute.$Shape;
                static create(properties?: trellis.l2.v1.HostRoute.$Properties): trellis.l2.v1.HostRoute;

                /**
                 * Encodes the specified HostRoute message. Does not implicitly {@link trellis.l2.v1.HostRoute.verify|verify} messages.
                 * @param message HostRoute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.HostRoute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a HostRoute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.HostRoute & trellis.l2.v1.HostRoute.$Shape} HostRoute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.HostRoute & trellis.l2.v1.HostRoute.$Shape;

                /**
                 * Gets the type url for HostRoute
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace HostRoute {

                /** Properties of a HostRoute. */
                interface $Properties {

                    /** HostRoute destination */
                    destination?: (string|null);

                    /** HostRoute nexthop */
                    nexthop?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a HostRoute. */
                type $Shape = trellis.l2.v1.HostRoute.$Properties;
            }

            /**
             * Properties of a VniDelta.
             * @deprecated Use trellis.l2.v1.VniDelta.$Properties instead.
             */
            interface IVniDelta extends trellis.l2.v1.VniDelta.$Properties {
            }

            /** Represents a VniDelta. */
            class VniDelta {

                /**
                 * Constructs a new VniDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.VniDelta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VniDelta vni. */
                vni: number;

                /** VniDelta full. */
                full: boolean;

                /** VniDelta leave. */
                leave: boolean;

                /** VniDelta floodAdd. */
                floodAdd: Uint8Array[];

                /** VniDelta floodRemove. */
                floodRemove: Uint8Array[];

                /** VniDelta fdbUpsert. */
                fdbUpsert: Uint8Array[];

                /** VniDelta fdbWithdraw. */
                fdbWithdraw: Uint8Array[];

                /** VniDelta neighAdd. */
                neighAdd: Uint8Array[];

                /** VniDelta neighRemove. */
                neighRemove: Uint8Array[];

                /** VniDelta localAdd. */
                localAdd: trellis.l2.v1.LocalPort.$Properties[];

                /** VniDelta localRemove. */
                localRemove: string[];

                /** VniDelta mtu. */
                mtu: number;

                /** VniDelta subnets. */
                subnets: trellis.l2.v1.Subnet.$Properties[];

                /** VniDelta subnetRemove. */
                subnetRemove: string[];

                /**
                 * Creates a new VniDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VniDelta instance
                 */
                static create(properties: trellis.l2.v1.VniDelta.$Shape): trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape;
                static create(properties?: trellis.l2.v1.VniDelta.$Properties): trellis.l2.v1.VniDelta;

                /**
                 * Encodes the specified VniDelta message. Does not implicitly {@link trellis.l2.v1.VniDelta.verify|verify} messages.
                 * @param message VniDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.VniDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VniDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape} VniDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.VniDelta & trellis.l2.v1.VniDelta.$Shape;

                /**
                 * Gets the type url for VniDelta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace VniDelta {

                /** Properties of a VniDelta. */
                interface $Properties {

                    /** VniDelta vni */
                    vni?: (number|null);

                    /** VniDelta full */
                    full?: (boolean|null);

                    /** VniDelta leave */
                    leave?: (boolean|null);

                    /** VniDelta floodAdd */
                    floodAdd?: (Uint8Array[]|null);

                    /** VniDelta floodRemove */
                    floodRemove?: (Uint8Array[]|null);

                    /** VniDelta fdbUpsert */
                    fdbUpsert?: (Uint8Array[]|null);

                    /** VniDelta fdbWithdraw */
                    fdbWithdraw?: (Uint8Array[]|null);

                    /** VniDelta neighAdd */
                    neighAdd?: (Uint8Array[]|null);

                    /** VniDelta neighRemove */
                    neighRemove?: (Uint8Array[]|null);

                    /** VniDelta localAdd */
                    localAdd?: (trellis.l2.v1.LocalPort.$Properties[]|null);

                    /** VniDelta localRemove */
                    localRemove?: (string[]|null);

                    /** VniDelta mtu */
                    mtu?: (number|null);

                    /** VniDelta subnets */
                    subnets?: (trellis.l2.v1.Subnet.$Properties[]|null);

                    /** VniDelta subnetRemove */
                    subnetRemove?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a VniDelta. */
                type $Shape = trellis.l2.v1.VniDelta.$Properties;
            }

            /**
             * Properties of a RouterInterface.
             * @deprecated Use trellis.l2.v1.RouterInterface.$Properties instead.
             */
            interface IRouterInterface extends trellis.l2.v1.RouterInterface.$Properties {
            }

            /** Represents a RouterInterface. */
            class RouterInterface {

                /**
                 * Constructs a new RouterInterface.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.RouterInterface.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RouterInterface networkId. */
                networkId: string;

                /** RouterInterface vni. */
                vni: number;

                /** RouterInterface subnetId. */
                subnetId: string;

                /** RouterInterface portId. */
                portId: string;

                /** RouterInterface cidr. */
                cidr: string;

                /** RouterInterface ip. */
                ip: Uint8Array;

                /** RouterInterface routerMac. */
                routerMac: Uint8Array;

                /**
                 * Creates a new RouterInterface instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RouterInterface instance
                 */
                static create(properties: trellis.l2.v1.RouterInterface.$Shape): trellis.l2.v1.RouterInterface & trellis.l2.v1.RouterInterface.$Shape;
                static create(properties?: trellis.l2.v1.RouterInterface.$Properties): trellis.l2.v1.RouterInterface;

                /**
                 * Encodes the specified RouterInterface message. Does not implicitly {@link trellis.l2.v1.RouterInterface.verify|verify} messages.
                 * @param message RouterInterface message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.RouterInterface.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RouterInterface message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterInterface & trellis.l2.v1.RouterInterface.$Shape} RouterInterface
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.RouterInterface & trellis.l2.v1.RouterInterface.$Shape;

                /**
                 * Gets the type url for RouterInterface
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RouterInterface {

                /** Properties of a RouterInterface. */
                interface $Properties {

                    /** RouterInterface networkId */
                    networkId?: (string|null);

                    /** RouterInterface vni */
                    vni?: (number|null);

                    /** RouterInterface subnetId */
                    subnetId?: (string|null);

                    /** RouterInterface portId */
                    portId?: (string|null);

                    /** RouterInterface cidr */
                    cidr?: (string|null);

                    /** RouterInterface ip */
                    ip?: (Uint8Array|null);

                    /** RouterInterface routerMac */
                    routerMac?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RouterInterface. */
                type $Shape = trellis.l2.v1.RouterInterface.$Properties;
            }

            /**
             * Properties of a RouterRoute.
             * @deprecated Use trellis.l2.v1.RouterRoute.$Properties instead.
             */
            interface IRouterRoute extends trellis.l2.v1.RouterRoute.$Properties {
            }

            /** Represents a RouterRoute. */
            class RouterRoute {

                /**
                 * Constructs a new RouterRoute.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.RouterRoute.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RouterRoute destination. */
                destination: string;

                /** RouterRoute nexthop. */
                nexthop: Uint8Array;

                /**
                 * Creates a new RouterRoute instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RouterRoute instance
                 */
                static create(properties: trellis.l2.v1.RouterRoute.$Shape): trellis.l2.v1.RouterRoute & trellis.l2.v1.RouterRoute.$Shape;
                static create(properties?: trellis.l2.v1.RouterRoute.$Properties): trellis.l2.v1.RouterRoute;

                /**
                 * Encodes the specified RouterRoute message. Does not implicitly {@link trellis.l2.v1.RouterRoute.verify|verify} messages.
                 * @param message RouterRoute message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.RouterRoute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RouterRoute message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterRoute & trellis.l2.v1.RouterRoute.$Shape} RouterRoute
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.RouterRoute & trellis.l2.v1.RouterRoute.$Shape;

                /**
                 * Gets the type url for RouterRoute
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RouterRoute {

                /** Properties of a RouterRoute. */
                interface $Properties {

                    /** RouterRoute destination */
                    destination?: (string|null);

                    /** RouterRoute nexthop */
                    nexthop?: (Uint8Array|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RouterRoute. */
                type $Shape = trellis.l2.v1.RouterRoute.$Properties;
            }

            /**
             * Properties of a RouterDelta.
             * @deprecated Use trellis.l2.v1.RouterDelta.$Properties instead.
             */
            interface IRouterDelta extends trellis.l2.v1.RouterDelta.$Properties {
            }

            /** Represents a RouterDelta. */
            class RouterDelta {

                /**
                 * Constructs a new RouterDelta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.RouterDelta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RouterDelta routerId. */
                routerId: string;

                /** RouterDelta full. */
                full: boolean;

                /** RouterDelta leave. */
                leave: boolean;

                /** RouterDelta interfaces. */
                interfaces: trellis.l2.v1.RouterInterface.$Properties[];

                /** RouterDelta routes. */
                routes: trellis.l2.v1.RouterRoute.$Properties[];

                /**
                 * Creates a new RouterDelta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RouterDelta instance
                 */
                static create(properties: trellis.l2.v1.RouterDelta.$Shape): trellis.l2.v1.RouterDelta & trellis.l2.v1.RouterDelta.$Shape;
                static create(properties?: trellis.l2.v1.RouterDelta.$Properties): trellis.l2.v1.RouterDelta;

                /**
                 * Encodes the specified RouterDelta message. Does not implicitly {@link trellis.l2.v1.RouterDelta.verify|verify} messages.
                 * @param message RouterDelta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.RouterDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RouterDelta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.RouterDelta & trellis.l2.v1.RouterDelta.$Shape} RouterDelta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.RouterDelta & trellis.l2.v1.RouterDelta.$Shape;

                /**
                 * Gets the type url for RouterDelta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RouterDelta {

                /** Properties of a RouterDelta. */
                interface $Properties {

                    /** RouterDelta routerId */
                    routerId?: (string|null);

                    /** RouterDelta full */
                    full?: (boolean|null);

                    /** RouterDelta leave */
                    leave?: (boolean|null);

                    /** RouterDelta interfaces */
                    interfaces?: (trellis.l2.v1.RouterInterface.$Properties[]|null);

                    /** RouterDelta routes */
                    routes?: (trellis.l2.v1.RouterRoute.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RouterDelta. */
                type $Shape = trellis.l2.v1.RouterDelta.$Properties;
            }

            /**
             * Properties of a SnapshotChunk.
             * @deprecated Use trellis.l2.v1.SnapshotChunk.$Properties instead.
             */
            interface ISnapshotChunk extends trellis.l2.v1.SnapshotChunk.$Properties {
            }

            /** Represents a SnapshotChunk. */
            class SnapshotChunk {

                /**
                 * Constructs a new SnapshotChunk.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.SnapshotChunk.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotChunk revision. */
                revision: number;

                /** SnapshotChunk vnis. */
                vnis: trellis.l2.v1.VniDelta.$Properties[];

                /** SnapshotChunk routers. */
                routers: trellis.l2.v1.RouterDelta.$Properties[];

                /**
                 * Creates a new SnapshotChunk instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotChunk instance
                 */
                static create(properties: trellis.l2.v1.SnapshotChunk.$Shape): trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape;
                static create(properties?: trellis.l2.v1.SnapshotChunk.$Properties): trellis.l2.v1.SnapshotChunk;

                /**
                 * Encodes the specified SnapshotChunk message. Does not implicitly {@link trellis.l2.v1.SnapshotChunk.verify|verify} messages.
                 * @param message SnapshotChunk message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.SnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotChunk message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape} SnapshotChunk
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.SnapshotChunk & trellis.l2.v1.SnapshotChunk.$Shape;

                /**
                 * Gets the type url for SnapshotChunk
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotChunk {

                /** Properties of a SnapshotChunk. */
                interface $Properties {

                    /** SnapshotChunk revision */
                    revision?: (number|null);

                    /** SnapshotChunk vnis */
                    vnis?: (trellis.l2.v1.VniDelta.$Properties[]|null);

                    /** SnapshotChunk routers */
                    routers?: (trellis.l2.v1.RouterDelta.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotChunk. */
                type $Shape = trellis.l2.v1.SnapshotChunk.$Properties;
            }

            /**
             * Properties of a SnapshotEnd.
             * @deprecated Use trellis.l2.v1.SnapshotEnd.$Properties instead.
             */
            interface ISnapshotEnd extends trellis.l2.v1.SnapshotEnd.$Properties {
            }

            /** Represents a SnapshotEnd. */
            class SnapshotEnd {

                /**
                 * Constructs a new SnapshotEnd.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.SnapshotEnd.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SnapshotEnd revision. */
                revision: number;

                /** SnapshotEnd nonce. */
                nonce: string;

                /** SnapshotEnd token. */
                token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                /**
                 * Creates a new SnapshotEnd instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SnapshotEnd instance
                 */
                static create(properties: trellis.l2.v1.SnapshotEnd.$Shape): trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape;
                static create(properties?: trellis.l2.v1.SnapshotEnd.$Properties): trellis.l2.v1.SnapshotEnd;

                /**
                 * Encodes the specified SnapshotEnd message. Does not implicitly {@link trellis.l2.v1.SnapshotEnd.verify|verify} messages.
                 * @param message SnapshotEnd message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.SnapshotEnd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SnapshotEnd message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape} SnapshotEnd
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.SnapshotEnd & trellis.l2.v1.SnapshotEnd.$Shape;

                /**
                 * Gets the type url for SnapshotEnd
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SnapshotEnd {

                /** Properties of a SnapshotEnd. */
                interface $Properties {

                    /** SnapshotEnd revision */
                    revision?: (number|null);

                    /** SnapshotEnd nonce */
                    nonce?: (string|null);

                    /** SnapshotEnd token */
                    token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SnapshotEnd. */
                type $Shape = trellis.l2.v1.SnapshotEnd.$Properties;
            }

            /**
             * Properties of a Delta.
             * @deprecated Use trellis.l2.v1.Delta.$Properties instead.
             */
            interface IDelta extends trellis.l2.v1.Delta.$Properties {
            }

            /** Represents a Delta. */
            class Delta {

                /**
                 * Constructs a new Delta.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Delta.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Delta revision. */
                revision: number;

                /** Delta nonce. */
                nonce: string;

                /** Delta vnis. */
                vnis: trellis.l2.v1.VniDelta.$Properties[];

                /** Delta token. */
                token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                /** Delta routers. */
                routers: trellis.l2.v1.RouterDelta.$Properties[];

                /**
                 * Creates a new Delta instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Delta instance
                 */
                static create(properties: trellis.l2.v1.Delta.$Shape): trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape;
                static create(properties?: trellis.l2.v1.Delta.$Properties): trellis.l2.v1.Delta;

                /**
                 * Encodes the specified Delta message. Does not implicitly {@link trellis.l2.v1.Delta.verify|verify} messages.
                 * @param message Delta message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Delta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Delta message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape} Delta
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Delta & trellis.l2.v1.Delta.$Shape;

                /**
                 * Gets the type url for Delta
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Delta {

                /** Properties of a Delta. */
                interface $Properties {

                    /** Delta revision */
                    revision?: (number|null);

                    /** Delta nonce */
                    nonce?: (string|null);

                    /** Delta vnis */
                    vnis?: (trellis.l2.v1.VniDelta.$Properties[]|null);

                    /** Delta token */
                    token?: (trellis.l2.v1.ResumeToken.$Properties|null);

                    /** Delta routers */
                    routers?: (trellis.l2.v1.RouterDelta.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Delta. */
                type $Shape = trellis.l2.v1.Delta.$Properties;
            }

            /**
             * Properties of a Heartbeat.
             * @deprecated Use trellis.l2.v1.Heartbeat.$Properties instead.
             */
            interface IHeartbeat extends trellis.l2.v1.Heartbeat.$Properties {
            }

            /** Represents a Heartbeat. */
            class Heartbeat {

                /**
                 * Constructs a new Heartbeat.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Heartbeat.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Heartbeat revision. */
                revision: number;

                /** Heartbeat timeMs. */
                timeMs: number;

                /**
                 * Creates a new Heartbeat instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Heartbeat instance
                 */
                static create(properties: trellis.l2.v1.Heartbeat.$Shape): trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape;
                static create(properties?: trellis.l2.v1.Heartbeat.$Properties): trellis.l2.v1.Heartbeat;

                /**
                 * Encodes the specified Heartbeat message. Does not implicitly {@link trellis.l2.v1.Heartbeat.verify|verify} messages.
                 * @param message Heartbeat message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Heartbeat message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape} Heartbeat
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Heartbeat & trellis.l2.v1.Heartbeat.$Shape;

                /**
                 * Gets the type url for Heartbeat
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Heartbeat {

                /** Properties of a Heartbeat. */
                interface $Properties {

                    /** Heartbeat revision */
                    revision?: (number|null);

                    /** Heartbeat timeMs */
                    timeMs?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Heartbeat. */
                type $Shape = trellis.l2.v1.Heartbeat.$Properties;
            }

            /**
             * Properties of a Welcome.
             * @deprecated Use trellis.l2.v1.Welcome.$Properties instead.
             */
            interface IWelcome extends trellis.l2.v1.Welcome.$Properties {
            }

            /** Represents a Welcome. */
            class Welcome {

                /**
                 * Constructs a new Welcome.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.Welcome.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Welcome controllerId. */
                controllerId: string;

                /** Welcome epoch. */
                epoch: string;

                /** Welcome snapshot. */
                snapshot: boolean;

                /** Welcome revision. */
                revision: number;

                /** Welcome headRevision. */
                headRevision: number;

                /**
                 * Creates a new Welcome instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Welcome instance
                 */
                static create(properties: trellis.l2.v1.Welcome.$Shape): trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape;
                static create(properties?: trellis.l2.v1.Welcome.$Properties): trellis.l2.v1.Welcome;

                /**
                 * Encodes the specified Welcome message. Does not implicitly {@link trellis.l2.v1.Welcome.verify|verify} messages.
                 * @param message Welcome message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Welcome message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape} Welcome
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.Welcome & trellis.l2.v1.Welcome.$Shape;

                /**
                 * Gets the type url for Welcome
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Welcome {

                /** Properties of a Welcome. */
                interface $Properties {

                    /** Welcome controllerId */
                    controllerId?: (string|null);

                    /** Welcome epoch */
                    epoch?: (string|null);

                    /** Welcome snapshot */
                    snapshot?: (boolean|null);

                    /** Welcome revision */
                    revision?: (number|null);

                    /** Welcome headRevision */
                    headRevision?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Welcome. */
                type $Shape = trellis.l2.v1.Welcome.$Properties;
            }

            /**
             * Properties of a ControllerMessage.
             * @deprecated Use trellis.l2.v1.ControllerMessage.$Properties instead.
             */
            interface IControllerMessage extends trellis.l2.v1.ControllerMessage.$Properties {
            }

            /** Represents a ControllerMessage. */
            class ControllerMessage {

                /**
                 * Constructs a new ControllerMessage.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: trellis.l2.v1.ControllerMessage.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ControllerMessage welcome. */
                welcome?: (trellis.l2.v1.Welcome.$Properties|null);

                /** ControllerMessage snapshotChunk. */
                snapshotChunk?: (trellis.l2.v1.SnapshotChunk.$Properties|null);

                /** ControllerMessage snapshotEnd. */
                snapshotEnd?: (trellis.l2.v1.SnapshotEnd.$Properties|null);

                /** ControllerMessage delta. */
                delta?: (trellis.l2.v1.Delta.$Properties|null);

                /** ControllerMessage heartbeat. */
                heartbeat?: (trellis.l2.v1.Heartbeat.$Properties|null);

                /** ControllerMessage kind. */
                kind?: ("welcome"|"snapshotChunk"|"snapshotEnd"|"delta"|"heartbeat");

                /**
                 * Creates a new ControllerMessage instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ControllerMessage instance
                 */
                static create(properties: trellis.l2.v1.ControllerMessage.$Shape): trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape;
                static create(properties?: trellis.l2.v1.ControllerMessage.$Properties): trellis.l2.v1.ControllerMessage;

                /**
                 * Encodes the specified ControllerMessage message. Does not implicitly {@link trellis.l2.v1.ControllerMessage.verify|verify} messages.
                 * @param message ControllerMessage message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: trellis.l2.v1.ControllerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ControllerMessage message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape} ControllerMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): trellis.l2.v1.ControllerMessage & trellis.l2.v1.ControllerMessage.$Shape;

                /**
                 * Gets the type url for ControllerMessage
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ControllerMessage {

                /** Properties of a ControllerMessage. */
                interface $Properties {

                    /** ControllerMessage welcome */
                    welcome?: (trellis.l2.v1.Welcome.$Properties|null);

                    /** ControllerMessage snapshotChunk */
                    snapshotChunk?: (trellis.l2.v1.SnapshotChunk.$Properties|null);

                    /** ControllerMessage snapshotEnd */
                    snapshotEnd?: (trellis.l2.v1.SnapshotEnd.$Properties|null);

                    /** ControllerMessage delta */
                    delta?: (trellis.l2.v1.Delta.$Properties|null);

                    /** ControllerMessage heartbeat */
                    heartbeat?: (trellis.l2.v1.Heartbeat.$Properties|null);

                    /** ControllerMessage kind */
                    kind?: ("welcome"|"snapshotChunk"|"snapshotEnd"|"delta"|"heartbeat");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a ControllerMessage. */
                type $Shape = {
                  welcome?: trellis.l2.v1.Welcome.$Shape|null;
                  snapshotChunk?: trellis.l2.v1.SnapshotChunk.$Shape|null;
                  snapshotEnd?: trellis.l2.v1.SnapshotEnd.$Shape|null;
                  delta?: trellis.l2.v1.Delta.$Shape|null;
                  heartbeat?: trellis.l2.v1.Heartbeat.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "welcome"; welcome: trellis.l2.v1.Welcome.$Shape; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "snapshotChunk"; welcome?: null; snapshotChunk: trellis.l2.v1.SnapshotChunk.$Shape; snapshotEnd?: null; delta?: null; heartbeat?: null }|{ kind?: "snapshotEnd"; welcome?: null; snapshotChunk?: null; snapshotEnd: trellis.l2.v1.SnapshotEnd.$Shape; delta?: null; heartbeat?: null }|{ kind?: "delta"; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta: trellis.l2.v1.Delta.$Shape; heartbeat?: null }|{ kind?: "heartbeat"; welcome?: null; snapshotChunk?: null; snapshotEnd?: null; delta?: null; heartbeat: trellis.l2.v1.Heartbeat.$Shape })
                );
            }
        }
    }
}
