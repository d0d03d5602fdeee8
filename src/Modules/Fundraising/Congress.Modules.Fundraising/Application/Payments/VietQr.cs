using System.Text;

namespace Congress.Modules.Fundraising.Application.Payments;

/// <summary>
/// The VietQR payload (NAPAS's profile of the EMVCo merchant-presented QR): TLV fields (2-digit id, 2-digit length, value),
/// the beneficiary under id 38 (GUID A000000727, bank BIN + account, service QRIBFTTA: transfer to an account), VND (704),
/// VN, the amount, and the pledge reference as the purpose of transaction (62/08), so the bank statement line carries it.
/// Ends with 63 04 and the CRC-16/CCITT-FALSE of everything before it (including "6304"), four upper-case hex digits.
/// </summary>
internal static class VietQr
{
    public const string NapasGuid = "A000000727";
    public const string TransferToAccount = "QRIBFTTA";

    /// <param name="dynamic">"12" (a code for one payment, with its amount) rather than "11" (static).</param>
    public static string Build(string bankBin, string accountNumber, long? amountVnd, string? purpose, bool dynamic = true)
    {
        if (bankBin.Length != 6 || !bankBin.All(char.IsAsciiDigit)) throw new ArgumentException("A NAPAS BIN has 6 digits.", nameof(bankBin));
        if (accountNumber.Length is 0 or > 19) throw new ArgumentException("An account number has 1 to 19 characters.", nameof(accountNumber));
        var beneficiary = Tlv("00", bankBin) + Tlv("01", accountNumber);
        var merchant = Tlv("00", NapasGuid) + Tlv("01", beneficiary) + Tlv("02", TransferToAccount);
        var payload = new StringBuilder()
            .Append(Tlv("00", "01"))
            .Append(Tlv("01", dynamic ? "12" : "11"))
            .Append(Tlv("38", merchant))
            .Append(Tlv("53", "704"));
        if (amountVnd is { } amount) payload.Append(Tlv("54", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        payload.Append(Tlv("58", "VN"));
        if (!string.IsNullOrEmpty(purpose)) payload.Append(Tlv("62", Tlv("08", purpose)));
        payload.Append("6304");
        return payload.Append(Crc16(payload.ToString()).ToString("X4")).ToString();
    }

    private static string Tlv(string id, string value)
    {
        if (value.Length > 99) throw new ArgumentException($"Field {id} is longer than 99 characters.");
        return id + value.Length.ToString("00") + value;
    }

    /// <summary>CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR.</summary>
    public static ushort Crc16(string text)
    {
        ushort crc = 0xFFFF;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            crc ^= (ushort)(b << 8);
            for (var i = 0; i < 8; i++)
                crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ 0x1021) : (ushort)(crc << 1);
        }
        return crc;
    }
}
